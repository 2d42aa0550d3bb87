import type { ReadCollection, ReadDocument } from '@pdr/application';
import { MingoReadStore } from './mingo-read-store';

type Row = ReadDocument & { status: string; stage: string; receivedAt: string; tags?: string[] };

const COUNT = 2_000;

/** Row i: status open for 9 in 10, stage one of 4, receivedAt increasing with i. */
function row(i: number): Row {
  return {
    _id: `c${String(i).padStart(5, '0')}`,
    status: i % 10 === 0 ? 'closed' : 'open',
    stage: ['intake', 'review', 'hearing', 'decision'][i % 4],
    receivedAt: new Date(Date.UTC(2024, 0, 1) + i * 60_000).toISOString(),
  };
}

describe('indexed finds in the in-process store', () => {
  let store: MingoReadStore;
  let cases: ReadCollection<Row>;

  beforeEach(async () => {
    store = new MingoReadStore();
    cases = store.collection<Row>('cases');
    await cases.createIndex({ keys: { receivedAt: -1, _id: -1 }, name: 'received' });
    await cases.createIndex({ keys: { status: 1, stage: 1, receivedAt: -1, _id: -1 }, name: 'status_stage_received' });
    await cases.bulkWrite(Array.from({ length: COUNT }, (_, i) => ({ insertOne: { document: row(i) } })));
  });
  afterEach(() => store.close());

  /** What one read did: full scans, indexed reads and documents tested against the filter. */
  async function measured<T>(read: () => Promise<T>): Promise<{ result: T; fullScans: number; indexedReads: number; examined: number }> {
    const before = { ...store.stats };
    const result = await read();
    return {
      result,
      fullScans: store.stats.fullScans - before.fullScans,
      indexedReads: (store.stats.indexedReads ?? 0) - (before.indexedReads ?? 0),
      examined: (store.stats.examined ?? 0) - (before.examined ?? 0),
    };
  }

  it('reads a sorted page from the index and stops at the limit: no scan, no sort of the whole collection', async () => {
    const read = await measured(() => cases.find({}, { sort: { receivedAt: -1, _id: -1 }, limit: 25 }));

    expect(read.result.map((doc) => doc._id)).toEqual(Array.from({ length: 25 }, (_, i) => row(COUNT - 1 - i)._id));
    expect(read).toMatchObject({ fullScans: 0, indexedReads: 1, examined: 25 });
  });

  it('seeks the equality prefix and the keyset cursor: only rows in the index range are tested', async () => {
    const all = Array.from({ length: COUNT }, (_, i) => row(i)).filter((r) => r.status === 'open' && r.stage === 'review');
    const last = all[all.length - 101];
    const read = await measured(() =>
      cases.find(
        { status: 'open', stage: 'review', $or: [{ receivedAt: { $lt: last.receivedAt } }, { receivedAt: last.receivedAt, _id: { $lt: last._id } }] },
        { sort: { receivedAt: -1, _id: -1 }, limit: 10 },
      ),
    );

    expect(read.result.map((doc) => doc._id)).toEqual(
      all
        .slice(0, -101)
        .reverse()
        .slice(0, 10)
        .map((r) => r._id),
    );
    // The seek starts just past the cursor (its instant and its _id): every row tested is on the page.
    expect(read).toMatchObject({ fullScans: 0, indexedReads: 1, examined: 10 });
  });

  it('reads backward for the opposite sort, and counts from the index range', async () => {
    const read = await measured(() => cases.find({ status: 'closed' }, { sort: { receivedAt: 1, _id: 1 }, limit: 3 }));
    expect(read.result.map((doc) => doc._id)).toEqual([row(0)._id, row(10)._id, row(20)._id]);
    expect(read.fullScans).toBe(0);

    const counted = await measured(() => cases.count({ status: 'open', stage: 'intake' }));
    expect(counted.result).toBe(Array.from({ length: COUNT }, (_, i) => row(i)).filter((r) => r.status === 'open' && r.stage === 'intake').length);
    expect(counted).toMatchObject({ fullScans: 0, examined: counted.result });
  });

  it('scans when no index serves the filter or the sort, and when an indexed field holds an array', async () => {
    const unindexed = await measured(() => cases.find({ stage: 'review' }, { sort: { _id: 1 }, limit: 5 }));
    expect(unindexed).toMatchObject({ fullScans: 1, indexedReads: 0 });

    // An array on an indexed path makes the index multikey: MongoDB's array sort order is not one key per row.
    await cases.bulkWrite([{ updateOne: { filter: { _id: row(5)._id }, update: { $set: { receivedAt: ['2030-01-01', '2020-01-01'] } } } }]);
    const multikey = await measured(() => cases.find({}, { sort: { receivedAt: -1, _id: -1 }, limit: 1 }));
    expect(multikey.fullScans).toBe(1);

    await cases.bulkWrite([{ updateOne: { filter: { _id: row(5)._id }, update: { $set: { receivedAt: row(5).receivedAt } } } }]);
    const again = await measured(() => cases.find({}, { sort: { receivedAt: -1, _id: -1 }, limit: 1 }));
    expect(again).toMatchObject({ fullScans: 0, indexedReads: 1 });
  });

  it('seeks past a keyset cursor among rows sharing the sort value (a due time, a stage): each page tests only its own rows', async () => {
    // Ascending, the _id tie-break implicit: 500 rows share each stage.
    await cases.createIndex({ keys: { stage: 1 }, name: 'stage_only' });
    const review = Array.from({ length: COUNT }, (_, i) => row(i)).filter((r) => r.stage === 'review').sort((a, b) => (a._id < b._id ? -1 : 1));
    const cursor = review[300]!;
    const ascending = await measured(() => cases.find({ $or: [{ stage: { $gt: 'review' } }, { stage: 'review', _id: { $gt: cursor._id } }] }, { sort: { stage: 1, _id: 1 }, limit: 20 }));
    expect(ascending.result.map((doc) => doc._id)).toEqual(review.slice(301, 321).map((r) => r._id));
    expect(ascending).toMatchObject({ fullScans: 0, examined: 20 });

    // Descending, _id declared: 1,800 rows share the status "open".
    await cases.createIndex({ keys: { status: -1, _id: -1 }, name: 'status_desc_id' });
    const open = Array.from({ length: COUNT }, (_, i) => row(i)).filter((r) => r.status === 'open').sort((a, b) => (a._id < b._id ? 1 : -1));
    const last = open[1_000]!;
    const descending = await measured(() => cases.find({ $or: [{ status: { $lt: 'open' } }, { status: 'open', _id: { $lt: last._id } }] }, { sort: { status: -1, _id: -1 }, limit: 10 }));
    expect(descending.result.map((doc) => doc._id)).toEqual(open.slice(1_001, 1_011).map((r) => r._id));
    expect(descending).toMatchObject({ fullScans: 0, examined: 10 });
  });

  it('seeks a null equality (the field missing or null) and yields the sort after it: the retention sweep reads only its page (BBB-8.3)', async () => {
    await cases.createIndex({ keys: { status: 1, disposedAt: 1, receivedAt: 1 }, name: 'status_disposed_received' });
    // Every 20th row has been disposed of (the field set); one row holds an explicit null, which MongoDB matches too.
    await cases.bulkWrite([
      ...Array.from({ length: COUNT / 20 }, (_, k) => ({ updateOne: { filter: { _id: row(k * 20)._id }, update: { $set: { disposedAt: '2025-01-01' } } } })),
      { updateOne: { filter: { _id: row(10)._id }, update: { $set: { disposedAt: null } } } },
    ]);
    const kept = Array.from({ length: COUNT }, (_, i) => row(i)).filter((r, i) => r.status === 'closed' && i % 20 !== 0);

    const read = await measured(() => cases.find({ status: 'closed', disposedAt: null }, { sort: { receivedAt: 1, _id: 1 }, limit: 5 }));

    expect(read.result.map((doc) => doc._id)).toEqual(kept.slice(0, 5).map((r) => r._id));
    expect(read).toMatchObject({ fullScans: 0, indexedReads: 1, examined: 5 });
  });

  it('builds an index over a populated collection in one pass, giving what a scan and sort give', async () => {
    const late = store.collection<Row>('late');
    await late.bulkWrite(Array.from({ length: 1_500 }, (_, i) => ({ insertOne: { document: row((i * 7919) % 1_500) } })));
    const scanned = await late.find({ stage: 'hearing' }, { sort: { receivedAt: 1, _id: 1 }, limit: 40 });
    await late.createIndex({ keys: { stage: 1, receivedAt: 1 }, name: 'stage_received' });
    const read = await measured(() => late.find({ stage: 'hearing' }, { sort: { receivedAt: 1, _id: 1 }, limit: 40 }));
    expect(read.result).toEqual(scanned);
    expect(read).toMatchObject({ fullScans: 0, examined: 40 });
  });
});
