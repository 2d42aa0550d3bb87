import { findOrMakeDataKey, type KeyEncryptionKey, type KeyStore, newDataKey, openStoredKey, unwrapKey, wrapKey } from '@pdr/application';
import { Binary, type Collection, MongoClient, MongoServerError } from 'mongodb';

type KeyDocument = { _id: string; wrapped: Binary | null; kekId: string | null; createdAt: string; destroyedAt?: string };

const DUPLICATE_KEY = 11000;
const CACHE_MS = 60_000;

/**
 * The production key store: data keys wrapped by the KEK, in a MongoDB database of their own (apart from the read
 * models, so that access to one is not access to the other). A destroyed key's document keeps only the time.
 */
export class MongoKeyStore implements KeyStore {
  /** Unwrapped keys, for a minute at most: another process may destroy a key, and this one must stop using it soon. */
  private readonly cache = new Map<string, { key: Buffer | 'destroyed'; until: number }>();

  private constructor(
    private readonly client: MongoClient,
    private readonly keys: Collection<KeyDocument>,
    private kek: KeyEncryptionKey,
    private readonly databaseName: string,
  ) {}

  static async connect(url: string, databaseName: string, kek: KeyEncryptionKey): Promise<MongoKeyStore> {
    const client = await new MongoClient(url, { writeConcern: { w: 'majority', journal: true } }).connect();
    return new MongoKeyStore(client, client.db(databaseName).collection<KeyDocument>('data_keys'), kek, databaseName);
  }

  dataKey(subject: string): Promise<Buffer> {
    return findOrMakeDataKey(
      subject,
      () => this.findDataKey(subject),
      async () => {
        try {
          await this.keys.insertOne({ _id: subject, wrapped: new Binary(wrapKey(this.kek, subject, newDataKey())), kekId: this.kek.id, createdAt: new Date().toISOString() });
        } catch (error) {
          // Another writer made it first: theirs is read back.
          if (!(error instanceof MongoServerError && error.code === DUPLICATE_KEY)) throw error;
        }
      },
    );
  }

  async findDataKey(subject: string): Promise<Buffer | 'destroyed' | undefined> {
    const cached = this.cache.get(subject);
    if (cached && cached.until > Date.now()) return cached.key;
    const document = await this.keys.findOne({ _id: subject });
    return document ? this.keyOf(document) : undefined;
  }

  /** A stored key, unwrapped and remembered for a while; `destroyed` remembered for good (destruction is final). */
  private keyOf(document: KeyDocument): Buffer | 'destroyed' {
    const key = openStoredKey(this.kek, { subject: document._id, wrapped: document.wrapped ? Buffer.from(document.wrapped.buffer) : null, kekId: document.kekId, destroyed: document.destroyedAt !== undefined });
    this.cache.set(document._id, { key, until: key === 'destroyed' ? Number.POSITIVE_INFINITY : Date.now() + CACHE_MS });
    return key;
  }

  async findDataKeys(subjects: readonly string[]): Promise<Map<string, Buffer | 'destroyed' | undefined>> {
    const found = new Map<string, Buffer | 'destroyed' | undefined>();
    const now = Date.now();
    const missing = subjects.filter((subject) => {
      const cached = this.cache.get(subject);
      if (cached && cached.until > now) found.set(subject, cached.key);
      return !found.has(subject);
    });
    // One query for what is not in memory; each document then goes through findDataKey's checks and cache.
    const documents = missing.length > 0 ? await this.keys.find({ _id: { $in: missing } }).toArray() : [];
    const byId = new Map(documents.map((document) => [document._id, document]));
    for (const subject of missing) found.set(subject, byId.has(subject) ? this.keyOf(byId.get(subject)!) : undefined);
    return found;
  }

  async destroy(subject: string, at: Date): Promise<void> {
    this.cache.delete(subject);
    await this.keys.updateOne({ _id: subject }, { $set: { wrapped: null, kekId: null }, $min: { destroyedAt: at.toISOString() }, $setOnInsert: { createdAt: at.toISOString() } }, { upsert: true });
  }

  async rewrap(newKek: Buffer, newKekId: string): Promise<number> {
    const next: KeyEncryptionKey = { id: newKekId, key: newKek };
    let count = 0;
    for await (const document of this.keys.find({ wrapped: { $ne: null } })) {
      const current = document.kekId === next.id ? next : this.kek;
      const key = unwrapKey(current, document._id, Buffer.from(document.wrapped!.buffer));
      await this.keys.updateOne({ _id: document._id, kekId: document.kekId }, { $set: { wrapped: new Binary(wrapKey(next, document._id, key)), kekId: next.id } });
      count++;
    }
    this.kek = next;
    return count;
  }

  async health(): Promise<{ ok: boolean; detail?: string }> {
    try {
      await this.client.db(this.databaseName).command({ ping: 1 });
      return { ok: true };
    } catch (error) {
      return { ok: false, detail: (error as Error).message };
    }
  }

  async dropDatabase(): Promise<void> {
    await this.client.db(this.databaseName).dropDatabase();
  }

  async close(): Promise<void> {
    this.cache.clear();
    await this.client.close();
  }
}
