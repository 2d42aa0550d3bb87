import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuplicateKeyError } from '@pdr/application';
import { describeReadStoreContract } from '@pdr/testing';
import { PersistentMingoReadStore } from './persistent-mingo-read-store';

function freshDir(): string {
  return mkdtempSync(join(tmpdir(), 'pdr-read-models-'));
}

describeReadStoreContract('mingo persisted in SQLite (in-process)', async () => {
  const dir = freshDir();
  const store = PersistentMingoReadStore.open({ file: join(dir, 'read-models.sqlite') });
  return {
    store,
    dispose: async () => {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
});

describe('PersistentMingoReadStore', () => {
  let dir: string;
  let file: string;
  let store: PersistentMingoReadStore;

  beforeEach(() => {
    dir = freshDir();
    file = join(dir, 'read-models.sqlite');
    store = PersistentMingoReadStore.open({ file });
  });

  afterEach(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  async function reopen(): Promise<PersistentMingoReadStore> {
    await store.close();
    store = PersistentMingoReadStore.open({ file });
    return store;
  }

  async function contents(): Promise<Record<string, unknown[]>> {
    const out: Record<string, unknown[]> = {};
    for (const name of (await store.listCollections()).sort()) out[name] = await store.collection(name).find({});
    return out;
  }

  /** Every file under the store's directory (the database, its journal, the kept index orders), byte for byte. */
  function filesContain(value: string): boolean {
    const files = readdirSync(dir, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile());
    return files.some((entry) => readFileSync(join(entry.parentPath, entry.name)).includes(Buffer.from(value, 'utf8')));
  }

  it('is durable and keeps its file the owner’s alone', async () => {
    expect(store.durable).toBe(true);
    await store.collection('cases').bulkWrite([{ insertOne: { document: { _id: 'c1' } } }]);
    for (const name of readdirSync(dir)) expect(statSync(join(dir, name)).mode & 0o777).toBe(0o600);
    expect(await store.health()).toEqual({ ok: true, detail: expect.stringContaining('persisted') });
  });

  it('keeps documents, checkpoints and indexes across a restart', async () => {
    const cases = store.collection('cases');
    await cases.createIndex({ keys: { reference: 1 }, unique: true });
    await cases.bulkWrite([
      { insertOne: { document: { _id: 'c1', reference: 'R-1', parties: [{ role: 'complainant', name: 'Ann' }], score: 1.5, closedAt: null } } },
      { insertOne: { document: { _id: 'c2', reference: 'R-2', parties: [], score: 2 } } },
      { insertOne: { document: { _id: 'c3', reference: 'R-3', parties: [], score: 3 } } },
      { updateOne: { filter: { _id: 'c2' }, update: { $set: { status: 'closed' }, $inc: { score: 1 } } } },
      { deleteOne: { filter: { _id: 'c3' } } },
    ]);
    await store.collection('projection_checkpoints').bulkWrite([{ updateOne: { filter: { _id: 'case-list' }, update: { $set: { position: 41, version: 3 } }, upsert: true } }]);
    const before = await contents();

    await reopen();

    expect(await contents()).toEqual(before);
    expect(await store.collection('projection_checkpoints').findOne({ _id: 'case-list' })).toEqual({ _id: 'case-list', position: 41, version: 3 });
    // The unique index came back with the documents.
    await expect(store.collection('cases').bulkWrite([{ insertOne: { document: { _id: 'c9', reference: 'R-1' } } }])).rejects.toBeInstanceOf(DuplicateKeyError);
    // And it is still written through after the restart.
    await store.collection('cases').bulkWrite([{ insertOne: { document: { _id: 'c4', reference: 'R-4' } } }]);
    await reopen();
    expect(await store.collection('cases').count()).toBe(3);
  });

  it('writes a batch inside atomically as one unit, its checkpoint included', async () => {
    await store.atomically(async () => {
      await store.collection('cases').bulkWrite([{ insertOne: { document: { _id: 'c1', status: 'open' } } }]);
      await store.collection('contacts').bulkWrite([{ insertOne: { document: { _id: 'k1', name: 'Ann' } } }]);
      await store.collection('projection_checkpoints').bulkWrite([{ updateOne: { filter: { _id: 'p' }, update: { $set: { position: 7 } }, upsert: true } }]);
    });
    await reopen();
    expect(await contents()).toEqual({
      cases: [{ _id: 'c1', status: 'open' }],
      contacts: [{ _id: 'k1', name: 'Ann' }],
      projection_checkpoints: [{ _id: 'p', position: 7 }],
    });
  });

  it('persists nothing of a batch whose work throws, and puts memory back as it was', async () => {
    await store.collection('cases').bulkWrite([
      { insertOne: { document: { _id: 'c1', status: 'open' } } },
      { insertOne: { document: { _id: 'c2', status: 'open' } } },
    ]);
    await store.collection('projection_checkpoints').bulkWrite([{ insertOne: { document: { _id: 'p', position: 1 } } }]);
    const before = await contents();

    await expect(
      store.atomically(async () => {
        await store.collection('cases').bulkWrite([
          { updateOne: { filter: { _id: 'c1' }, update: { $set: { status: 'closed' } } } },
          { deleteOne: { filter: { _id: 'c2' } } },
          { insertOne: { document: { _id: 'c3', status: 'open' } } },
        ]);
        await store.collection('fresh').bulkWrite([{ insertOne: { document: { _id: 'f1' } } }]);
        await store.dropCollection('projection_checkpoints');
        await store.collection('projection_checkpoints').bulkWrite([{ insertOne: { document: { _id: 'p', position: 9 } } }]);
        throw new Error('projection failed mid-batch');
      }),
    ).rejects.toThrow('projection failed mid-batch');

    // Memory: as before (c2 is back, at the end of the natural order).
    expect(await store.collection('cases').find({}, { sort: { _id: 1 } })).toEqual(before['cases']);
    expect(await store.listCollections()).not.toContain('fresh');
    expect(await store.collection('projection_checkpoints').find({})).toEqual(before['projection_checkpoints']);
    // File: as before.
    await reopen();
    expect(await store.collection('cases').find({}, { sort: { _id: 1 } })).toEqual(before['cases']);
    expect(await store.collection('projection_checkpoints').find({})).toEqual(before['projection_checkpoints']);
    expect(await store.listCollections()).not.toContain('fresh');
  });

  it('nests a unit in the enclosing one: a failing nested unit undoes only its own changes, the rest is written with the enclosing unit', async () => {
    await store.collection('cases').bulkWrite([{ insertOne: { document: { _id: 'c1', status: 'open' } } }]);
    await store.atomically(async () => {
      await store.atomically(() => store.collection('cases').bulkWrite([{ insertOne: { document: { _id: 'c2', by: 'first' } } }]));
      await expect(
        store.atomically(async () => {
          await store.collection('cases').bulkWrite([{ updateOne: { filter: { _id: 'c1' }, update: { $set: { status: 'closed' } } } }]);
          await store.collection('other').bulkWrite([{ insertOne: { document: { _id: 'o1' } } }]);
          throw new Error('this projection failed');
        }),
      ).rejects.toThrow('this projection failed');
      await store.atomically(() => store.collection('cases').bulkWrite([{ insertOne: { document: { _id: 'c3', by: 'third' } } }]));
    });
    const expected = [{ _id: 'c1', status: 'open' }, { _id: 'c2', by: 'first' }, { _id: 'c3', by: 'third' }];
    expect(await store.collection('cases').find({}, { sort: { _id: 1 } })).toEqual(expected);
    expect(await store.listCollections()).not.toContain('other');
    await reopen();
    expect(await store.collection('cases').find({}, { sort: { _id: 1 } })).toEqual(expected);
    expect(await store.listCollections()).not.toContain('other');
  });

  it('writes nothing of a nested unit that succeeded when the enclosing unit then fails', async () => {
    await expect(
      store.atomically(async () => {
        await store.atomically(() => store.collection('cases').bulkWrite([{ insertOne: { document: { _id: 'c1' } } }]));
        throw new Error('the batch failed after it');
      }),
    ).rejects.toThrow('the batch failed after it');
    expect(await store.collection('cases').find({})).toEqual([]);
    await reopen();
    expect(await store.collection('cases').find({})).toEqual([]);
  });

  it('keeps the applied part of a failing bulk write outside atomically, as an ordered MongoDB bulk write does', async () => {
    const cases = store.collection('cases');
    await expect(
      cases.bulkWrite([{ insertOne: { document: { _id: 'c1' } } }, { insertOne: { document: { _id: 'c1' } } }, { insertOne: { document: { _id: 'c2' } } }]),
    ).rejects.toBeInstanceOf(DuplicateKeyError);
    await reopen();
    expect(await store.collection('cases').find({})).toEqual([{ _id: 'c1' }]);
  });

  it('renames atomically: the target is replaced in memory and in the file, and an undone rename leaves both as they were', async () => {
    await store.collection('cases').bulkWrite([{ insertOne: { document: { _id: 'old' } } }]);
    await store.collection('cases__rebuild').bulkWrite([{ insertOne: { document: { _id: 'new' } } }]);

    await expect(
      store.atomically(async () => {
        await store.renameCollection('cases__rebuild', 'cases');
        throw new Error('switch aborted');
      }),
    ).rejects.toThrow('switch aborted');
    expect(await store.collection('cases').find({})).toEqual([{ _id: 'old' }]);
    expect(await store.collection('cases__rebuild').find({})).toEqual([{ _id: 'new' }]);

    await store.renameCollection('cases__rebuild', 'cases');
    expect(await store.collection('cases').find({})).toEqual([{ _id: 'new' }]);
    await reopen();
    expect(await store.listCollections()).toEqual(['cases']);
    expect(await store.collection('cases').find({})).toEqual([{ _id: 'new' }]);
    expect(filesContain('"old"')).toBe(false);
  });

  it('purges a deleted or rewritten value from the file bytes (secure_delete, the WAL checkpointed and truncated within the second, kept index orders unlinked)', async () => {
    const cases = () => store.collection('cases');
    await cases().createIndex({ keys: { complainant: 1 }, name: 'complainant' });
    await cases().bulkWrite([
      { insertOne: { document: { _id: 'c1', complainant: 'Zelda Quintavalle-Erasable' } } },
      { insertOne: { document: { _id: 'c2', note: 'Disposable-Findings-Text-123' } } },
    ]);
    // Used, so built: its order (which holds the indexed value, here unsealed) is kept in a file of its own at close.
    expect(await cases().count({ complainant: 'Zelda Quintavalle-Erasable' })).toBe(1);
    await reopen();
    const orderFiles = () => readdirSync(`${file}.orders`);
    expect(orderFiles()).toHaveLength(1);
    expect(readFileSync(join(`${file}.orders`, orderFiles()[0]!)).includes(Buffer.from('Zelda Quintavalle-Erasable'))).toBe(true);
    expect(filesContain('Zelda Quintavalle-Erasable')).toBe(true);
    await cases().bulkWrite([
      { updateOne: { filter: { _id: 'c1' }, update: { $set: { complainant: '[erased]' } } } },
      { deleteOne: { filter: { _id: 'c2' } } },
    ]);
    // The WAL holds the superseded pages until its checkpoint, which comes within the second of the commit.
    await new Promise((resolve) => setTimeout(resolve, 1_200));
    expect(orderFiles()).toEqual([]);
    expect(filesContain('Zelda Quintavalle-Erasable')).toBe(false);
    expect(filesContain('Disposable-Findings-Text-123')).toBe(false);
    await store.dropCollection('cases');
    await reopen();
    expect(await store.listCollections()).toEqual([]);
  });

  it('seals every document in the file with the read models\' key: no value is readable at rest, and the same key reads them back', async () => {
    await store.close();
    const key = randomBytes(32);
    store = PersistentMingoReadStore.open({ file, key });
    await store.collection('cases').bulkWrite([{ insertOne: { document: { _id: 'c1', complainant: { name: 'Ottilie Quenneville-Brandt' } } } }]);
    expect(filesContain('Ottilie Quenneville-Brandt')).toBe(false);
    await store.close();
    store = PersistentMingoReadStore.open({ file, key });
    expect(await store.collection('cases').findOne({ _id: 'c1' })).toEqual({ _id: 'c1', complainant: { name: 'Ottilie Quenneville-Brandt' } });
    await store.close();
    // Another key cannot open them (the file is no copy anyone without the key store can read): derived data, the
    // file is discarded and the read models start empty, to be rebuilt from the log.
    store = PersistentMingoReadStore.open({ file, key: randomBytes(32) });
    expect(await store.listCollections()).toEqual([]);
  });
});
