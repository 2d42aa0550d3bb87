import type { WriteOperation } from '@pdr/application';
import { describeReadStoreContract } from '@pdr/testing';
import { MingoReadStore } from './mingo-read-store';

describeReadStoreContract('mingo (in-process)', async () => {
  const store = new MingoReadStore();
  return { store, dispose: () => store.close() };
});

describe('MingoReadStore', () => {
  let store: MingoReadStore;
  beforeEach(() => {
    store = new MingoReadStore();
  });
  afterEach(() => store.close());

  async function seed(count: number) {
    const docs = store.collection('docs');
    const operations: WriteOperation[] = [];
    for (let i = 0; i < count; i++) operations.push({ insertOne: { document: { _id: `d${i}`, revision: 1, n: i } } });
    await docs.bulkWrite(operations);
    return docs;
  }

  it('answers _id filters from its map, without scanning', async () => {
    const docs = await seed(100);
    const scansBefore = store.stats.fullScans;

    expect(await docs.findOne({ _id: 'd42' })).toEqual({ _id: 'd42', revision: 1, n: 42 });
    expect(await docs.find({ _id: { $in: ['d1', 'd2', 'nope'] } })).toHaveLength(2);
    expect(await docs.count({ _id: { $eq: 'd3' }, n: 3 })).toBe(1);
    const result = await docs.bulkWrite([
      { updateOne: { filter: { _id: 'd7', revision: { $lt: 2 } }, update: { $set: { revision: 2 } } } },
      { updateOne: { filter: { _id: 'd7', revision: { $lt: 2 } }, update: { $set: { revision: 2 } } } },
      { updateOne: { filter: { _id: 'new' }, update: { $set: { revision: 1 } }, upsert: true } },
      { deleteOne: { filter: { _id: 'd8' } } },
    ]);

    expect(result).toEqual({ matched: 1, modified: 1, upserted: 1, inserted: 0, deleted: 1 });
    expect(store.stats.fullScans).toBe(scansBefore);
    await docs.find({ n: 5 });
    expect(store.stats.fullScans).toBe(scansBefore + 1);
  });

  it('is not durable and reports health until closed', async () => {
    expect(store.durable).toBe(false);
    expect((await store.health()).ok).toBe(true);
    await store.close();
    expect((await store.health()).ok).toBe(false);
    await expect(store.collection('x').find({})).rejects.toThrow(/closed/);
  });

  it('raises the operand errors MongoDB raises where mingo would skip silently', async () => {
    const docs = store.collection('docs');
    await docs.bulkWrite([{ insertOne: { document: { _id: 'a', text: 'x', n: 1, nested: { list: [1] } } } }]);
    const update = (u: Record<string, unknown>) => docs.bulkWrite([{ updateOne: { filter: { _id: 'a' }, update: u } }]);

    await expect(update({ $inc: { text: 1 } })).rejects.toThrow(/non-numeric/);
    await expect(update({ $push: { n: 2 } })).rejects.toThrow(/must be an array/);
    await expect(update({ $set: { 'n.deeper': 2 } })).rejects.toThrow(/Cannot create field 'deeper'/);
    await expect(update({ $set: { 'nested.list.name': 2 } })).rejects.toThrow(/Cannot create field 'name'/);
    await expect(update({ $set: { a: 1 }, $inc: { a: 1 } })).rejects.toThrow(/conflict/);
    await expect(update({ $set: { 'nested.list': [2] }, $unset: { nested: '' } })).rejects.toThrow("Updating the path 'nested' would create a conflict at 'nested.list'");
    await expect(update({ $unset: { nested: '' }, $set: { 'nested.list.0': 2 } })).rejects.toThrow("Updating the path 'nested.list.0' would create a conflict at 'nested'");
    await expect(update({ a: 1 })).rejects.toThrow(/atomic operators/);
    await expect(update({ $frobnicate: { a: 1 } })).rejects.toThrow(/Unknown modifier/);
    expect(await docs.findOne({ _id: 'a' })).toEqual({ _id: 'a', text: 'x', n: 1, nested: { list: [1] } });
  });

  it('takes paths that only share a beginning as different fields, not as a conflict', async () => {
    const docs = store.collection('docs');
    await docs.bulkWrite([{ updateOne: { filter: { _id: 'a' }, update: { $set: { a: 1, ab: 2, 'a-b': 3, 'b.c': 4, 'b.cd': 5 } }, upsert: true } }]);
    expect(await docs.findOne({ _id: 'a' })).toEqual({ _id: 'a', a: 1, ab: 2, 'a-b': 3, b: { c: 4, cd: 5 } });
  });

  it('leaves a document untouched when a later operator of the same update fails', async () => {
    const docs = store.collection('docs');
    await docs.bulkWrite([{ insertOne: { document: { _id: 'a', list: [1], meta: { v: 1 } } } }]);
    await expect(
      docs.bulkWrite([{ updateOne: { filter: { _id: 'a' }, update: { $push: { list: 2 }, $set: { 'meta.v': 2 }, $pop: { meta: 1 } } } }]),
    ).rejects.toThrow();
    expect(await docs.findOne({ _id: 'a' })).toEqual({ _id: 'a', list: [1], meta: { v: 1 } });
  });

  it('supports the positional $ operator with the filter that found the element', async () => {
    const docs = store.collection('docs');
    await docs.bulkWrite([
      { insertOne: { document: { _id: 'a', parties: [{ id: 'p1', ok: false }, { id: 'p2', ok: false }] } } },
      { updateOne: { filter: { _id: 'a', 'parties.id': 'p2' }, update: { $set: { 'parties.$.ok': true } } } },
      { updateOne: { filter: { _id: 'a' }, update: { $inc: { 'parties.$[].seen': 1 } } } },
    ]);
    expect(await docs.findOne({ _id: 'a' })).toEqual({
      _id: 'a',
      parties: [
        { id: 'p1', ok: false, seen: 1 },
        { id: 'p2', ok: true, seen: 1 },
      ],
    });
  });

  it('copies what a caller may change after a bulk write, and keeps as they are the objects of one handed over', async () => {
    const cases = store.collection('cases');
    const names = { complainant: 'Ann' };
    const inserted = { _id: 'c1', parties: names };
    await cases.bulkWrite([{ insertOne: { document: inserted } }, { updateOne: { filter: { _id: 'c2' }, update: { $set: { parties: names } }, upsert: true } }]);
    names.complainant = 'changed by the caller';
    expect((await cases.find({}, { sort: { _id: 1 } })).map((row) => row['parties'])).toEqual([{ complainant: 'Ann' }, { complainant: 'Ann' }]);

    const handed = { complainant: 'Bea' };
    await cases.bulkWrite([{ updateOne: { filter: { _id: 'c3' }, update: { $set: { parties: handed } }, upsert: true } }], { handedOver: true });
    const [row] = await cases.find({ _id: 'c3' }, { readOnly: true });
    // The very object: no copy made (the caller promised not to touch it again).
    expect(row!['parties']).toBe(handed);
  });

  it('keeps _id first in stored documents, as MongoDB does', async () => {
    const docs = store.collection('docs');
    await docs.bulkWrite([
      { insertOne: { document: { name: 'x', _id: 'a' } } },
      { updateOne: { filter: { kind: 'k', _id: 'b' }, update: { $set: { v: 1 } }, upsert: true } },
    ]);
    expect(Object.keys((await docs.findOne({ _id: 'a' })) ?? {})).toEqual(['_id', 'name']);
    expect(Object.keys((await docs.findOne({ _id: 'b' })) ?? {})).toEqual(['_id', 'kind', 'v']);
    expect(Object.keys((await docs.findOne({ _id: 'a' }, { projection: { name: 1 } })) ?? {})).toEqual(['_id', 'name']);
  });

  it('gives readers of a renamed-over collection the old or the new contents, never a mix', async () => {
    const live = store.collection('live');
    const next = store.collection('live_next');
    await live.bulkWrite([{ insertOne: { document: { _id: 'old' } } }]);
    await next.bulkWrite([{ insertOne: { document: { _id: 'new' } } }]);
    const reads = [live.find({}), store.renameCollection('live_next', 'live'), live.find({})];
    const [before, , after] = await Promise.all(reads);
    expect(before).toEqual([{ _id: 'old' }]);
    expect(after).toEqual([{ _id: 'new' }]);
  });

  it('rejects renaming a collection that does not exist', async () => {
    await expect(store.renameCollection('nothing', 'x')).rejects.toThrow(/does not exist/);
  });
});
