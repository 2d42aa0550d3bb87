import type { BulkWriteResult } from 'mongodb';
import type { WriteOperation } from '@pdr/application';
import { toMongoOperation, toWriteResult, withStringIdOnInsert } from './write-operations';

describe('toMongoOperation', () => {
  it.each<[string, WriteOperation, unknown]>([
    [
      'updateOne',
      { updateOne: { filter: { _id: 'a' }, update: { $set: { x: 1 } } } },
      { updateOne: { filter: { _id: 'a' }, update: { $set: { x: 1 } }, upsert: false } },
    ],
    [
      'updateOne upsert by _id',
      { updateOne: { filter: { _id: 'a' }, update: { $inc: { n: 1 } }, upsert: true } },
      { updateOne: { filter: { _id: 'a' }, update: { $inc: { n: 1 } }, upsert: true } },
    ],
    ['updateMany', { updateMany: { filter: { s: 1 }, update: { $unset: { x: '' } } } }, { updateMany: { filter: { s: 1 }, update: { $unset: { x: '' } } } }],
    [
      'replaceOne',
      { replaceOne: { filter: { _id: 'a' }, replacement: { _id: 'a', y: 2 }, upsert: true } },
      { replaceOne: { filter: { _id: 'a' }, replacement: { _id: 'a', y: 2 }, upsert: true } },
    ],
    ['insertOne', { insertOne: { document: { _id: 'a', z: 3 } } }, { insertOne: { document: { _id: 'a', z: 3 } } }],
    ['deleteOne', { deleteOne: { filter: { _id: 'a' } } }, { deleteOne: { filter: { _id: 'a' } } }],
    ['deleteMany', { deleteMany: { filter: {} } }, { deleteMany: { filter: {} } }],
  ])('maps %s unchanged', (_label, operation, expected) => {
    expect(toMongoOperation(operation)).toEqual(expected);
  });

  it('copies documents so the driver never touches the caller’s objects', () => {
    const document = { _id: 'a' };
    const mapped = toMongoOperation({ insertOne: { document } }) as { insertOne: { document: unknown } };
    expect(mapped.insertOne.document).not.toBe(document);
  });

  it('rejects an unknown operation', () => {
    expect(() => toMongoOperation({ upsertAll: {} } as unknown as WriteOperation)).toThrow(TypeError);
  });
});

describe('withStringIdOnInsert', () => {
  it('gives an upsert by another field a string _id on insert', () => {
    const update = withStringIdOnInsert({ reference: 'R-1' }, { $set: { x: 1 }, $setOnInsert: { created: 't' } });
    expect(update.$set).toEqual({ x: 1 });
    expect(update.$setOnInsert).toEqual({ created: 't', _id: expect.stringMatching(/^[0-9a-f]{24}$/) });
  });

  it('leaves upserts that already decide the _id alone', () => {
    expect(withStringIdOnInsert({ _id: 'a' }, { $set: { x: 1 } })).toEqual({ $set: { x: 1 } });
    expect(withStringIdOnInsert({ r: 1 }, { $setOnInsert: { _id: 'b' } })).toEqual({ $setOnInsert: { _id: 'b' } });
    expect(withStringIdOnInsert({ r: 1 }, { $set: { _id: 'c' } })).toEqual({ $set: { _id: 'c' } });
  });

  it('is applied by toMongoOperation to upserts only', () => {
    const upsert = toMongoOperation({ updateOne: { filter: { r: 1 }, update: { $set: { x: 1 } }, upsert: true } }) as {
      updateOne: { update: Record<string, unknown> };
    };
    expect(upsert.updateOne.update.$setOnInsert).toEqual({ _id: expect.any(String) });
    const plain = toMongoOperation({ updateOne: { filter: { r: 1 }, update: { $set: { x: 1 } } } }) as { updateOne: { update: Record<string, unknown> } };
    expect(plain.updateOne.update).toEqual({ $set: { x: 1 } });
  });
});

describe('toWriteResult', () => {
  it('maps the driver counts', () => {
    const result = { matchedCount: 1, modifiedCount: 2, upsertedCount: 3, insertedCount: 4, deletedCount: 5 } as BulkWriteResult;
    expect(toWriteResult(result)).toEqual({ matched: 1, modified: 2, upserted: 3, inserted: 4, deleted: 5 });
  });
});
