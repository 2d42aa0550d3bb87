// The store's wiring to the driver, with a fake Db: no server needed.
import { MongoServerError, type Db, type MongoClient } from 'mongodb';
import { DuplicateKeyError } from '@pdr/application';
import { MongoReadStore } from './mongo-read-store';

const namespaceNotFound = () => new MongoServerError({ message: 'ns not found', code: 26, codeName: 'NamespaceNotFound' });

function storeOn(db: Partial<Record<keyof Db, jest.Mock>>): MongoReadStore {
  const open = MongoReadStore as unknown as new (client: MongoClient, db: Db) => MongoReadStore;
  return new open({ close: jest.fn() } as unknown as MongoClient, db as unknown as Db);
}

describe('MongoReadStore (driver faked)', () => {
  it('is durable', () => {
    expect(storeOn({}).durable).toBe(true);
  });

  it('renames with dropTarget, so the target is replaced in one step', async () => {
    const renameCollection = jest.fn().mockResolvedValue(undefined);
    await storeOn({ renameCollection }).renameCollection('cases_next', 'cases');
    expect(renameCollection).toHaveBeenCalledWith('cases_next', 'cases', { dropTarget: true });
  });

  it('replaces the target with nothing when the source was never created', async () => {
    const renameCollection = jest.fn().mockRejectedValue(namespaceNotFound());
    const dropCollection = jest.fn().mockResolvedValue(true);
    await storeOn({ renameCollection, dropCollection }).renameCollection('cases_next', 'cases');
    expect(dropCollection).toHaveBeenCalledWith('cases');
  });

  it('ignores dropping a missing collection and rethrows anything else', async () => {
    await expect(storeOn({ dropCollection: jest.fn().mockRejectedValue(namespaceNotFound()) }).dropCollection('x')).resolves.toBeUndefined();
    const denied = new MongoServerError({ message: 'not authorized', code: 13 });
    await expect(storeOn({ dropCollection: jest.fn().mockRejectedValue(denied) }).dropCollection('x')).rejects.toBe(denied);
  });

  it('lists collection names without MongoDB system collections', async () => {
    const toArray = jest.fn().mockResolvedValue([{ name: 'cases' }, { name: 'system.views' }, { name: 'a_checkpoints' }]);
    const listCollections = jest.fn().mockReturnValue({ toArray });
    expect(await storeOn({ listCollections }).listCollections()).toEqual(['a_checkpoints', 'cases']);
    expect(listCollections).toHaveBeenCalledWith({}, { nameOnly: true });
  });

  it('reports health from ping', async () => {
    const command = jest.fn().mockResolvedValueOnce({ ok: 1 }).mockRejectedValueOnce(new Error('server selection timed out'));
    const store = storeOn({ command });
    expect(await store.health()).toEqual({ ok: true });
    expect(await store.health()).toEqual({ ok: false, detail: 'server selection timed out' });
    expect(command).toHaveBeenCalledWith({ ping: 1 });
  });

  it('writes in order and translates a duplicate key', async () => {
    const bulkWrite = jest.fn().mockRejectedValue(new MongoServerError({ message: 'E11000 dup key: { _id: "a" }', code: 11000, keyValue: { _id: 'a' } }));
    const collection = jest.fn().mockReturnValue({ collectionName: 'cases', bulkWrite });
    const cases = storeOn({ collection }).collection('cases');
    await expect(cases.bulkWrite([{ insertOne: { document: { _id: 'a' } } }])).rejects.toBeInstanceOf(DuplicateKeyError);
    expect(bulkWrite).toHaveBeenCalledWith([{ insertOne: { document: { _id: 'a' } } }], { ordered: true });
  });

  it('treats an empty bulk write as writing nothing (the driver would reject it)', async () => {
    const bulkWrite = jest.fn();
    const collection = jest.fn().mockReturnValue({ collectionName: 'cases', bulkWrite });
    expect(await storeOn({ collection }).collection('cases').bulkWrite([])).toEqual({ matched: 0, modified: 0, upserted: 0, inserted: 0, deleted: 0 });
    expect(bulkWrite).not.toHaveBeenCalled();
  });
});
