import { MongoClient, type Db } from 'mongodb';
import type { ReadCollection, ReadDocument, ReadStore } from '@pdr/application';
import { MongoReadCollection } from './mongo-read-collection';

// NamespaceNotFound: the collection named does not exist.
const NAMESPACE_NOT_FOUND = 26;

function isNamespaceNotFound(error: unknown): boolean {
  return typeof error === 'object' && error !== null && Number((error as { code?: unknown }).code) === NAMESPACE_NOT_FOUND;
}

/** Read models in MongoDB: durable, so projections resume from their checkpoints after a restart. */
export class MongoReadStore implements ReadStore {
  /** Writes are idempotent and checkpoints come last: nothing to make atomic here. */
  atomically<T>(work: () => Promise<T>): Promise<T> {
    return work();
  }

  readonly durable = true;

  private constructor(
    private readonly client: MongoClient,
    private readonly db: Db,
  ) {}

  /** @param dbName defaults to the database named in the URL (`mongodb://host/pdr`). */
  static async connect(url: string, dbName?: string): Promise<MongoReadStore> {
    const client = await MongoClient.connect(url);
    return new MongoReadStore(client, client.db(dbName));
  }

  get databaseName(): string {
    return this.db.databaseName;
  }

  collection<T extends ReadDocument = ReadDocument>(name: string): ReadCollection<T> {
    return new MongoReadCollection<T>(this.db.collection(name));
  }

  async listCollections(): Promise<string[]> {
    const infos = await this.db.listCollections({}, { nameOnly: true }).toArray();
    // system.* collections (views, profile) belong to MongoDB, not to any read model.
    return infos.map((info) => info.name).filter((name) => !name.startsWith('system.')).sort();
  }

  async dropCollection(name: string): Promise<void> {
    try {
      await this.db.dropCollection(name);
    } catch (error) {
      if (!isNamespaceNotFound(error)) throw error;
    }
  }

  async renameCollection(from: string, to: string): Promise<void> {
    try {
      // dropTarget makes the replace one server-side step: readers of `to` never see it missing or mixed.
      await this.db.renameCollection(from, to, { dropTarget: true });
    } catch (error) {
      if (!isNamespaceNotFound(error)) throw error;
      // MongoDB creates collections on first write, so a rebuild that wrote nothing left no `from`:
      // replacing `to` with an empty collection is dropping it.
      await this.dropCollection(to);
    }
  }

  /** MongoDB builds an index when it is declared (createIndex resolves once it is built): none is left to build. */
  async buildIndexes(): Promise<void> {}

  async health(): Promise<{ ok: boolean; detail?: string }> {
    try {
      await this.db.command({ ping: 1 });
      return { ok: true };
    } catch (error) {
      return { ok: false, detail: error instanceof Error ? error.message : String(error) };
    }
  }

  /** Drops the whole database: for test runs that created a throwaway one. */
  async dropDatabase(): Promise<void> {
    await this.db.dropDatabase();
  }

  close(): Promise<void> {
    return this.client.close();
  }
}
