import { ObjectId, type AnyBulkWriteOperation, type BulkWriteResult, type Document } from 'mongodb';
import type { Filter, Update, WriteOperation, WriteResult } from '@pdr/application';

/**
 * Our write operation as the driver's bulk model. The shapes already match MongoDB's; copying them
 * keeps the driver (which may add fields) away from the caller's objects.
 */
export function toMongoOperation(operation: WriteOperation): AnyBulkWriteOperation<Document> {
  if ('updateOne' in operation) {
    const { filter, update, upsert } = operation.updateOne;
    return { updateOne: { filter: { ...filter }, update: upsert ? withStringIdOnInsert(filter, update) : { ...update }, upsert: upsert ?? false } };
  }
  if ('updateMany' in operation) {
    const { filter, update } = operation.updateMany;
    return { updateMany: { filter: { ...filter }, update: { ...update } } };
  }
  if ('replaceOne' in operation) {
    const { filter, replacement, upsert } = operation.replaceOne;
    return { replaceOne: { filter: { ...filter }, replacement: { ...replacement }, upsert: upsert ?? false } };
  }
  if ('insertOne' in operation) return { insertOne: { document: { ...operation.insertOne.document } as Document } };
  if ('deleteOne' in operation) return { deleteOne: { filter: { ...operation.deleteOne.filter } } };
  if ('deleteMany' in operation) return { deleteMany: { filter: { ...operation.deleteMany.filter } } };
  throw new TypeError(`Unknown write operation: ${JSON.stringify(Object.keys(operation))}`);
}

/**
 * An upsert whose filter does not name the _id would insert a document with an ObjectId _id, while
 * read documents have string ids: give such an insert a string id (an ObjectId's hex) instead.
 */
export function withStringIdOnInsert(filter: Filter, update: Update): Update {
  const setOnInsert = (update.$setOnInsert ?? {}) as Record<string, unknown>;
  const set = (update.$set ?? {}) as Record<string, unknown>;
  if ('_id' in filter || '_id' in setOnInsert || '_id' in set) return { ...update };
  return { ...update, $setOnInsert: { ...setOnInsert, _id: new ObjectId().toHexString() } };
}

export const EMPTY_WRITE_RESULT: WriteResult = { matched: 0, modified: 0, upserted: 0, inserted: 0, deleted: 0 };

export function toWriteResult(result: BulkWriteResult): WriteResult {
  return {
    matched: result.matchedCount,
    modified: result.modifiedCount,
    upserted: result.upsertedCount,
    inserted: result.insertedCount,
    deleted: result.deletedCount,
  };
}
