import type { Collection, Document, FindOptions as MongoFindOptions } from 'mongodb';
import type { FindOptions, IndexSpec, ReadCollection, ReadDocument, WriteOperation, WriteResult, Filter } from '@pdr/application';
import { translateDuplicateKey } from './duplicate-key';
import { EMPTY_WRITE_RESULT, toMongoOperation, toWriteResult } from './write-operations';

/** One read-model collection: a MongoDB collection, filters and updates passed through unchanged. */
export class MongoReadCollection<T extends ReadDocument = ReadDocument> implements ReadCollection<T> {
  constructor(private readonly collection: Collection<Document>) {}

  get name(): string {
    return this.collection.collectionName;
  }

  async findOne(filter: Filter, options: Pick<FindOptions, 'projection' | 'sort' | 'readOnly'> = {}): Promise<T | null> {
    return (await this.collection.findOne(filter, toMongoFindOptions(options))) as unknown as T | null;
  }

  async find(filter: Filter, options: FindOptions = {}): Promise<T[]> {
    return (await this.collection.find(filter, toMongoFindOptions(options)).toArray()) as unknown as T[];
  }

  count(filter: Filter = {}): Promise<number> {
    return this.collection.countDocuments(filter);
  }

  async bulkWrite(operations: readonly WriteOperation[]): Promise<WriteResult> {
    // The driver rejects an empty batch; the port treats it as a write of nothing.
    if (operations.length === 0) return EMPTY_WRITE_RESULT;
    try {
      return toWriteResult(await this.collection.bulkWrite(operations.map(toMongoOperation), { ordered: true }));
    } catch (error) {
      throw translateDuplicateKey(this.name, error);
    }
  }

  async createIndex(spec: IndexSpec): Promise<void> {
    await this.collection.createIndex({ ...spec.keys }, { unique: spec.unique ?? false, ...(spec.name ? { name: spec.name } : {}) });
  }
}

function toMongoFindOptions(options: FindOptions): MongoFindOptions {
  return {
    ...(options.sort ? { sort: { ...options.sort } } : {}),
    ...(options.skip !== undefined ? { skip: options.skip } : {}),
    ...(options.limit !== undefined ? { limit: options.limit } : {}),
    ...(options.projection ? { projection: { ...options.projection } } : {}),
  };
}
