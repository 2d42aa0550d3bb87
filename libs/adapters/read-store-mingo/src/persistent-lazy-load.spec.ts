import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { DuplicateKeyError } from '@pdr/application';
import { PersistentMingoReadStore } from './persistent-mingo-read-store';

/** Issue 13: a start reads each document's indexed values, not the documents; a document is read when first needed. */
describe('PersistentMingoReadStore: documents opened when first read', () => {
  let dir: string;
  let file: string;
  const key = randomBytes(32);
  let store: PersistentMingoReadStore;

  const cases = Array.from({ length: 40 }, (_, i) => ({
    _id: `c${String(i).padStart(2, '0')}`,
    status: i % 3 === 0 ? 'closed' : 'open',
    receivedAt: `2026-0${1 + (i % 9)}-1${i % 10}`,
    complainant: { name: `Complainant ${i}`, email: `person${i}@example.eu` },
    respondent: { name: `Business ${i % 4}` },
    tags: i % 5 === 0 ? ['urgent'] : [],
  }));

  const reopen = async () => {
    await store.close();
    store = PersistentMingoReadStore.open({ file, key });
  };

  /** A collection of the cases' status and receipt whose index is used (so built, and its order kept at close); its first page. */
  const indexedQueue = async (name = 'queue') => {
    const collection = store.collection(name);
    await collection.createIndex({ keys: { status: 1, receivedAt: -1, _id: 1 }, name: 'status_received' });
    await collection.bulkWrite(cases.map(({ _id, status, receivedAt }) => ({ insertOne: { document: { _id, status, receivedAt } } })));
    return collection.find({ status: 'open' }, { sort: { receivedAt: -1, _id: 1 }, limit: 5 });
  };

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'pdr-lazy-read-models-'));
    file = join(dir, 'read-models.sqlite');
    store = PersistentMingoReadStore.open({ file, key });
    const collection = store.collection('cases');
    await collection.createIndex({ keys: { status: 1, receivedAt: -1, _id: 1 }, name: 'status_received' });
    await collection.createIndex({ keys: { 'complainant.email': 1 }, name: 'email', unique: true });
    await collection.bulkWrite(cases.map((document) => ({ insertOne: { document } })));
  });

  afterEach(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('loads no document at start, and an indexed page opens only the documents it returns', async () => {
    await reopen();
    expect(store.unopenedDocuments('cases')).toBe(40);

    const page = await store.collection('cases').find({ status: 'open' }, { sort: { receivedAt: -1, _id: 1 }, limit: 5 });

    const expected = cases.filter((c) => c.status === 'open').sort((a, b) => (a.receivedAt < b.receivedAt ? 1 : a.receivedAt > b.receivedAt ? -1 : a._id < b._id ? -1 : 1)).slice(0, 5);
    expect(page).toEqual(expected);
    expect(store.unopenedDocuments('cases')).toBe(35);
    // A count on indexed fields is answered from the indexed values: it opens nothing.
    expect(await store.collection('cases').count({ status: 'closed' })).toBe(14);
    expect(store.unopenedDocuments('cases')).toBe(35);
  });

  it('restores an index used before a clean close from its kept order: a first sorted page opens only its own rows, and a write discards the orders', async () => {
    const queue = () => store.collection('queue');
    await queue().createIndex({ keys: { status: 1, receivedAt: -1, _id: 1 }, name: 'status_received' });
    await queue().bulkWrite(cases.map(({ _id, status, receivedAt }) => ({ insertOne: { document: { _id, status, receivedAt } } })));
    // Used, so built: its order is kept at close.
    const first = await queue().find({ status: 'open' }, { sort: { receivedAt: -1, _id: 1 }, limit: 5 });
    await reopen();

    expect(await queue().find({ status: 'open' }, { sort: { receivedAt: -1, _id: 1 }, limit: 5 })).toEqual(first);
    // Sorting would have opened all 40 rows' indexed values; the kept order opens those of the rows the page tests
    // (and the one row every start opens to check the file's key).
    expect(store.openedIndexedValues('queue')).toBe(6);
    const raw = new Database(file, { readonly: true });
    const kept = raw.prepare('SELECT name, entries FROM index_orders').all() as Array<{ name: string; entries: string }>;
    raw.close();
    // Only indexes built are kept: the cases' index was never used since the last start.
    expect(kept.map((order) => order.name)).toEqual(['status_received']);
    // Sealed with the read models' key, like the rows: no indexed value readable in the file.
    for (const order of kept) expect(order.entries).not.toContain('2026-0');

    // A write changes the rows: the kept orders go in the same transaction, and the next start sorts again.
    await queue().bulkWrite([{ updateOne: { filter: { _id: 'c01' }, update: { $set: { receivedAt: '2030-01-01' } } } }]);
    const after = new Database(file, { readonly: true });
    expect(after.prepare('SELECT count(*) FROM index_orders').pluck().get()).toBe(0);
    after.close();
    await store.close();
    // Closed again with no write: the orders of the indexes built are kept once more, as they are now.
    store = PersistentMingoReadStore.open({ file, key });
    expect((await queue().find({ status: 'open' }, { sort: { receivedAt: -1, _id: 1 }, limit: 1 })).map((doc) => doc._id)).toEqual(['c01']);
  });

  it('a write deletes the kept orders of the collection it changes only: another, untouched, is still restored (its order read from the file at first use)', async () => {
    const queue = () => store.collection('queue');
    const other = () => store.collection('other');
    await indexedQueue('queue');
    const first = await indexedQueue('other');
    await reopen();
    const keptTables = () => {
      const raw = new Database(file, { readonly: true });
      try {
        return raw.prepare('SELECT DISTINCT c.name FROM index_orders o JOIN collections c ON c.tbl = o.tbl ORDER BY c.name').pluck().all();
      } finally {
        raw.close();
      }
    };
    expect(keptTables()).toEqual(['other', 'queue']);

    await queue().bulkWrite([{ updateOne: { filter: { _id: 'c01' }, update: { $set: { receivedAt: '2030-01-01' } } } }]);
    expect(keptTables()).toEqual(['other']);
    // Restored, not sorted: only the rows the page tests are opened.
    expect(await other().find({ status: 'open' }, { sort: { receivedAt: -1, _id: 1 }, limit: 5 })).toEqual(first);
    expect(store.openedIndexedValues('other')).toBe(6);
  });

  it('keeps a collection\'s orders when it only gains an index or is renamed: its rows are the same', async () => {
    await indexedQueue();
    await reopen();
    const keptNames = () => {
      const raw = new Database(file, { readonly: true });
      try {
        return raw.prepare('SELECT o.name FROM index_orders o JOIN collections c ON c.tbl = o.tbl WHERE c.name = ?').pluck().all('renamed');
      } finally {
        raw.close();
      }
    };
    await store.collection('queue').createIndex({ keys: { receivedAt: 1 }, name: 'received' });
    await store.renameCollection('queue', 'renamed');
    expect(keptNames()).toEqual(['status_received']);
  });

  it('keeps, at the next close, an order that a whole run never restored: the start after that restores it too', async () => {
    const queue = () => store.collection('queue');
    const first = await indexedQueue();
    await reopen();
    // A run that never uses the queue, but writes elsewhere.
    await store.collection('cases').bulkWrite([{ updateOne: { filter: { _id: 'c01' }, update: { $set: { status: 'closed' } } } }]);
    await reopen();

    expect(await queue().find({ status: 'open' }, { sort: { receivedAt: -1, _id: 1 }, limit: 5 })).toEqual(first);
    expect(store.openedIndexedValues('queue')).toBe(6);
  });

  it('reads a kept order when it is restored, not at start: an order gone from the file by then is sorted from the documents instead', async () => {
    const queue = () => store.collection('queue');
    const first = await indexedQueue();
    await reopen();
    const raw = new Database(file);
    raw.prepare('DELETE FROM index_orders').run();
    raw.close();

    expect(await queue().find({ status: 'open' }, { sort: { receivedAt: -1, _id: 1 }, limit: 5 })).toEqual(first);
    // Sorted: every row's indexed values opened.
    expect(store.openedIndexedValues('queue')).toBe(40);
  });

  it('restores a kept order before the first write after a start, so a write made before any query is in the index', async () => {
    const queue = () => store.collection('queue');
    await indexedQueue();
    await reopen();

    // Written before the index is used or restored: a new row, a row moved to the head, a row gone.
    await queue().bulkWrite([
      { insertOne: { document: { _id: 'new', status: 'open', receivedAt: '2027-01-01' } } },
      { updateOne: { filter: { _id: 'c02' }, update: { $set: { receivedAt: '2028-01-01' } } } },
      { deleteOne: { filter: { _id: 'c04' } } },
    ]);

    const expected = cases
      .filter((c) => c._id !== 'c04')
      .map((c) => (c._id === 'c02' ? { ...c, receivedAt: '2028-01-01' } : c))
      .concat([{ ...cases[0]!, _id: 'new', status: 'open', receivedAt: '2027-01-01' }])
      .filter((c) => c.status === 'open')
      .sort((a, b) => (a.receivedAt < b.receivedAt ? 1 : a.receivedAt > b.receivedAt ? -1 : a._id < b._id ? -1 : 1))
      .map((c) => c._id);
    const found = await queue().find({ status: 'open' }, { sort: { receivedAt: -1, _id: 1 } });
    expect(found.map((doc) => doc._id)).toEqual(expected);
    expect(found.slice(0, 2).map((doc) => doc._id)).toEqual(['c02', 'new']);
  });

  it('sorts at start what has no kept order before buildIndexes resolves, and leaves kept orders to their first use, opening no document', async () => {
    const queue = () => store.collection('queue');
    const first = await indexedQueue();
    await reopen();
    // The queue's index kept its order at close; the cases' two indexes, never used, have to be sorted.
    expect(store.unbuiltIndexes()).toBe(2);
    expect(store.unbuiltIndexes('toRestore')).toBe(1);

    await store.buildIndexes();
    expect(store.unbuiltIndexes()).toBe(0);
    expect(store.unopenedDocuments('cases')).toBe(40);
    // Restored at its first use, in one step: no sort, and only the indexed values of the rows the page tests are opened.
    expect(store.unbuiltIndexes('toRestore')).toBe(1);
    expect(await queue().find({ status: 'open' }, { sort: { receivedAt: -1, _id: 1 }, limit: 5 })).toEqual(first);
    expect(store.unbuiltIndexes('toRestore')).toBe(0);
    expect(store.openedIndexedValues('queue')).toBe(6);
  });

  it('answers a find whose filter, sort and projection read indexed fields only from the indexed values: nothing opened (a covered query)', async () => {
    await reopen();
    const found = await store.collection('cases').find({ status: 'closed' }, { sort: { receivedAt: -1, _id: 1 }, projection: { status: 1, receivedAt: 1 } });
    expect(found).toEqual(
      cases
        .filter((c) => c.status === 'closed')
        .sort((a, b) => (a.receivedAt < b.receivedAt ? 1 : a.receivedAt > b.receivedAt ? -1 : a._id < b._id ? -1 : 1))
        .map(({ _id, status, receivedAt }) => ({ _id, status, receivedAt })),
    );
    expect(store.unopenedDocuments('cases')).toBe(40);
    // A field outside the indexes opens the documents returned.
    const withName = await store.collection('cases').find({ status: 'closed' }, { sort: { receivedAt: -1, _id: 1 }, limit: 2, projection: { complainant: 1 } });
    expect(withName.map((c) => c.complainant)).toEqual(found.slice(0, 2).map((c) => cases.find((k) => k._id === c._id)!.complainant));
    expect(store.unopenedDocuments('cases')).toBe(38);
  });

  it('answers lookups, full scans and counts exactly as before the restart, in the same natural order', async () => {
    const before = await store.collection('cases').find({});
    await reopen();
    expect(await store.collection('cases').findOne({ _id: 'c07' })).toEqual(cases[7]);
    expect(await store.collection('cases').find({ tags: 'urgent' })).toEqual(cases.filter((c) => c.tags.includes('urgent')));
    expect(await store.collection('cases').find({})).toEqual(before);
    expect(store.unopenedDocuments('cases')).toBe(0);
  });

  it('keeps unique indexes enforced across a restart without opening the documents', async () => {
    await reopen();
    await expect(store.collection('cases').bulkWrite([{ insertOne: { document: { _id: 'c99', complainant: { email: 'person3@example.eu' } } } }])).rejects.toBeInstanceOf(DuplicateKeyError);
    expect(store.unopenedDocuments('cases')).toBe(40);
  });

  it('builds an index declared after the restart on other fields from the documents themselves', async () => {
    await reopen();
    await store.collection('cases').createIndex({ keys: { 'respondent.name': 1, _id: 1 }, name: 'respondent' });
    const found = await store.collection('cases').find({ 'respondent.name': 'Business 2' }, { sort: { 'respondent.name': 1, _id: 1 } });
    expect(found.map((c) => c._id)).toEqual(cases.filter((c) => c.respondent.name === 'Business 2').map((c) => c._id));
    // Declaring it wrote every row's indexed values again: the next start opens no document for it.
    await reopen();
    expect((await store.collection('cases').find({ 'respondent.name': 'Business 0' }, { sort: { 'respondent.name': 1, _id: 1 }, projection: { 'respondent.name': 1 } })).length).toBe(10);
    expect(store.unopenedDocuments('cases')).toBe(40);
  });

  it('updates and deletes documents never opened, and writes them through', async () => {
    await reopen();
    await store.collection('cases').bulkWrite([
      { updateOne: { filter: { _id: 'c01' }, update: { $set: { status: 'closed' } } } },
      { deleteOne: { filter: { _id: 'c02' } } },
    ]);
    await reopen();
    expect(await store.collection('cases').findOne({ _id: 'c01' })).toEqual({ ...cases[1], status: 'closed' });
    expect(await store.collection('cases').findOne({ _id: 'c02' })).toBeNull();
    expect((await store.collection('cases').find({ status: 'closed' }, { sort: { receivedAt: -1, _id: 1 } })).map((c) => c._id)).toContain('c01');
  });

  it('seals the indexed values at rest like the documents: no indexed personal value is readable in the file', async () => {
    await store.close();
    expect(readdirSync(dir).some((name) => readFileSync(join(dir, name)).includes(Buffer.from('person3@example.eu')))).toBe(false);
    store = PersistentMingoReadStore.open({ file, key });
  });

  it('discards a file of the earlier layout (documents without indexed values) and starts empty, to be rebuilt from the log', async () => {
    await store.close();
    const db = new Database(file);
    db.pragma('user_version = 1');
    db.close();
    store = PersistentMingoReadStore.open({ file, key });
    expect(await store.listCollections()).toEqual([]);
  });
});
