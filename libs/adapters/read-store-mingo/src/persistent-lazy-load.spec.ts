import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { DuplicateKeyError } from '@pdr/application';
import { PersistentMingoReadStore } from './persistent-mingo-read-store';

/** Polls `done` until it holds (files unlinked off the event loop). */
async function until(done: () => boolean): Promise<void> {
  for (let i = 0; i < 200 && !done(); i++) await new Promise((resolve) => setTimeout(resolve, 5));
  expect(done()).toBe(true);
}

/** Issue 13: a start reads each document's indexed values, not the documents; a document is read when first needed. */
describe('PersistentMingoReadStore: documents opened when first read', () => {
  let dir: string;
  let file: string;
  let ordersDir: string;
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

  /** One read of the file itself, beside the store (read-only). */
  const inFile = <T>(read: (db: Database.Database) => T): T => {
    const raw = new Database(file, { readonly: true });
    try {
      return read(raw);
    } finally {
      raw.close();
    }
  };

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
    ordersDir = `${file}.orders`;
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
    const kept = inFile((db) => db.prepare('SELECT name, file FROM index_orders').all() as Array<{ name: string; file: string }>);
    // Only indexes built are kept: the cases' index was never used since the last start.
    expect(kept.map((order) => order.name)).toEqual(['status_received']);
    // In a file of its own, sealed with the read models' key like the rows: no indexed value readable in it.
    expect(readdirSync(ordersDir)).toEqual(kept.map((order) => order.file));
    for (const order of kept) expect(readFileSync(join(ordersDir, order.file)).includes(Buffer.from('2026-0'))).toBe(false);

    // A write changes the rows: the kept orders' rows go in the same transaction, their files once it has committed,
    // and the next start sorts again.
    await queue().bulkWrite([{ updateOne: { filter: { _id: 'c01' }, update: { $set: { receivedAt: '2030-01-01' } } } }]);
    expect(inFile((db) => db.prepare('SELECT count(*) FROM index_orders').pluck().get())).toBe(0);
    await until(() => readdirSync(ordersDir).length === 0);
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
    const keptTables = () => inFile((db) => db.prepare('SELECT DISTINCT c.name FROM index_orders o JOIN collections c ON c.tbl = o.tbl ORDER BY c.name').pluck().all());
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
    const keptNames = () => inFile((db) => db.prepare('SELECT o.name FROM index_orders o JOIN collections c ON c.tbl = o.tbl WHERE c.name = ?').pluck().all('renamed'));
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

  it('sorts at start what has no kept order before buildIndexes resolves, and restores kept orders after it, opening no document', async () => {
    const queue = () => store.collection('queue');
    const first = await indexedQueue();
    await reopen();
    // The queue's index kept its order at close; the cases' two indexes, never used, have to be sorted.
    expect(store.unbuiltIndexes()).toBe(2);
    expect(store.unbuiltIndexes('toRestore')).toBe(1);

    await store.buildIndexes();
    expect(store.unbuiltIndexes()).toBe(0);
    expect(store.unopenedDocuments('cases')).toBe(40);
    // Not waited for: restored on a later turn, in one step (no sort), so the first write finds it done.
    expect(store.unbuiltIndexes('toRestore')).toBe(1);
    await store.settled();
    expect(store.unbuiltIndexes('toRestore')).toBe(0);
    expect(await queue().find({ status: 'open' }, { sort: { receivedAt: -1, _id: 1 }, limit: 5 })).toEqual(first);
    expect(store.openedIndexedValues('queue')).toBe(6);
  });

  it('leaves a kept order in the file at close when its table was not written, restored or not, and replaces it once written', async () => {
    await indexedQueue();
    await reopen();
    const storedOrder = () => {
      const name = inFile((db) => db.prepare("SELECT o.file FROM index_orders o JOIN collections c ON c.tbl = o.tbl WHERE c.name = 'queue'").pluck().get() as string | undefined);
      return name === undefined ? undefined : readFileSync(join(ordersDir, name)).toString('hex');
    };
    const sealed = storedOrder();
    await store.buildIndexes();
    await store.settled();
    await reopen();
    // Sealed afresh it would differ (a new nonce): the same bytes show it was left in place.
    expect(storedOrder()).toEqual(sealed);

    await store.collection('queue').bulkWrite([{ updateOne: { filter: { _id: 'c01' }, update: { $set: { receivedAt: '2030-01-01' } } } }]);
    expect(storedOrder()).toBeUndefined();
    await reopen();
    expect(storedOrder()).toEqual(expect.any(String));
    expect(storedOrder()).not.toEqual(sealed);
    expect((await store.collection('queue').find({ status: 'open' }, { sort: { receivedAt: -1, _id: 1 }, limit: 1 }))[0]?._id).toBe('c01');
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

  it('loads rows in insertion order whether their rowids are dense or, after many deletions, sparse', async () => {
    const many = store.collection('many');
    await many.bulkWrite(Array.from({ length: 3_000 }, (_, i) => ({ insertOne: { document: { _id: `m${String(3_000 - i).padStart(4, '0')}`, n: i } } })));
    const dense = await many.find({});
    await reopen();
    expect(await store.collection('many').find({})).toEqual(dense);

    // Nine rows in ten deleted: the last rowid is far past the row count.
    await store.collection('many').bulkWrite(dense.filter((_, i) => i % 10 !== 0).map((doc) => ({ deleteOne: { filter: { _id: doc._id } } })));
    await store.collection('many').bulkWrite([{ insertOne: { document: { _id: 'a-first-by-id', n: -1 } } }]);
    const sparse = await store.collection('many').find({});
    expect(sparse).toHaveLength(301);
    await reopen();
    expect(await store.collection('many').find({})).toEqual(sparse);
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
    await store.collection('cases').count({ 'complainant.email': 'person3@example.eu' });
    // The email index was used, so its order is kept in a file of its own at close.
    await store.close();
    const files = readdirSync(dir, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile());
    expect(files.map((entry) => entry.name)).toContainEqual(expect.stringMatching(/\.order$/));
    expect(files.some((entry) => readFileSync(join(entry.parentPath, entry.name)).includes(Buffer.from('person3@example.eu')))).toBe(false);
    store = PersistentMingoReadStore.open({ file, key });
  });

  it('keeps the order files the owner\'s alone, and removes at open any file no row names (a crash before its unlink)', async () => {
    await indexedQueue();
    await store.close();
    expect(statSync(ordersDir).mode & 0o777).toBe(0o700);
    const [kept] = readdirSync(ordersDir);
    expect(statSync(join(ordersDir, kept!)).mode & 0o777).toBe(0o600);
    writeFileSync(join(ordersDir, 'rm_9-0011223344556677.order'), 'left by a crash');

    store = PersistentMingoReadStore.open({ file, key });
    expect(readdirSync(ordersDir)).toEqual([kept]);
  });

  it('drops orders kept in rows by the earlier build: the next start sorts, and keeps them as files at its close', async () => {
    const first = await indexedQueue();
    await store.close();
    const raw = new Database(file);
    raw.exec('DROP TABLE index_orders');
    raw.exec("CREATE TABLE index_orders (tbl TEXT NOT NULL, name TEXT NOT NULL, spec TEXT NOT NULL, entries TEXT NOT NULL, PRIMARY KEY (tbl, name))");
    raw.close();
    rmSync(ordersDir, { recursive: true });

    store = PersistentMingoReadStore.open({ file, key });
    expect(store.unbuiltIndexes('toRestore')).toBe(0);
    expect(await store.collection('queue').find({ status: 'open' }, { sort: { receivedAt: -1, _id: 1 }, limit: 5 })).toEqual(first);
    await reopen();
    expect(store.unbuiltIndexes('toRestore')).toBe(1);
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
