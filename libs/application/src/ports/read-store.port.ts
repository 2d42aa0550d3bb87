/**
 * Read models are MongoDB-shaped documents. Filters and updates are MongoDB filter and update
 * documents, so one projection runs unchanged on MongoDB and on the embedded store.
 */
export type ReadDocument = { _id: string } & Record<string, unknown>;
export type Filter = Record<string, unknown>;
/** An update document made of operators ($set, $unset, $inc, $push, $addToSet, $pull, $setOnInsert, $max, $min). */
export type Update = Record<string, unknown>;
export type SortSpec = Record<string, 1 | -1>;
export type Projection = Record<string, 0 | 1>;

export interface FindOptions {
  readonly sort?: SortSpec;
  readonly skip?: number;
  readonly limit?: number;
  readonly projection?: Projection;
  /**
   * The caller only reads the result (to send it) and never changes it: the in-process store may then hand over its stored
   * values instead of copies (a long case's row is over 100 KB). MongoDB returns fresh documents either way.
   */
  readonly readOnly?: boolean;
}

export type WriteOperation =
  | { readonly updateOne: { readonly filter: Filter; readonly update: Update; readonly upsert?: boolean } }
  | { readonly updateMany: { readonly filter: Filter; readonly update: Update } }
  | { readonly replaceOne: { readonly filter: Filter; readonly replacement: ReadDocument; readonly upsert?: boolean } }
  | { readonly insertOne: { readonly document: ReadDocument } }
  | { readonly deleteOne: { readonly filter: Filter } }
  | { readonly deleteMany: { readonly filter: Filter } };

export interface WriteResult {
  readonly matched: number;
  readonly modified: number;
  readonly upserted: number;
  readonly inserted: number;
  readonly deleted: number;
}

export interface IndexSpec {
  readonly keys: Record<string, 1 | -1>;
  readonly unique?: boolean;
  readonly name?: string;
}

export interface BulkWriteOptions {
  /**
   * The caller hands the operations over: it neither reads nor changes their objects after the call, so a store may keep
   * them as they are instead of copying them (the projection writer, whose writes are made fresh for each batch).
   */
  readonly handedOver?: boolean;
}

export interface ReadCollection<T extends ReadDocument = ReadDocument> {
  readonly name: string;
  findOne(filter: Filter, options?: Pick<FindOptions, 'projection' | 'sort' | 'readOnly'>): Promise<T | null>;
  find(filter: Filter, options?: FindOptions): Promise<T[]>;
  count(filter?: Filter): Promise<number>;
  /** Applies the operations in order; stops at the first failure (like an ordered MongoDB bulk write). */
  bulkWrite(operations: readonly WriteOperation[], options?: BulkWriteOptions): Promise<WriteResult>;
  createIndex(spec: IndexSpec): Promise<void>;
}

export interface ReadStore {
  collection<T extends ReadDocument = ReadDocument>(name: string): ReadCollection<T>;
  listCollections(): Promise<string[]>;
  dropCollection(name: string): Promise<void>;
  /** Replaces `to` with `from` in one step: readers of `to` see the old or the new contents, never a mix. */
  renameCollection(from: string, to: string): Promise<void>;
  /** True when documents survive a restart (MongoDB); false for the in-process store, which is rebuilt from the log. */
  readonly durable: boolean;
  /**
   * Runs `work` (a batch's writes to read models and the checkpoint that follows them) so that a crash keeps all of it
   * or none, where the store can (issue 13: an embedded store that persists). Elsewhere it simply runs `work`: writes are
   * idempotent and the checkpoint comes last, so a crash between them re-applies the batch. Called inside another
   * `atomically`, it nests: its changes are written with the enclosing unit's, and when `work` throws only its own are undone.
   */
  atomically<T>(work: () => Promise<T>): Promise<T>;
  /**
   * Builds every index declared and not built yet, off the request path, resolving when done (the projections call it once
   * caught up, and a rebuild before its switch). A store that builds an index when it is declared (MongoDB) has none.
   */
  buildIndexes(): Promise<void>;
  health(): Promise<{ ok: boolean; detail?: string }>;
  close(): Promise<void>;
}

/** A write that broke a unique index (including a duplicate _id). */
export class DuplicateKeyError extends Error {
  constructor(
    readonly collection: string,
    readonly key: unknown,
  ) {
    super(`Duplicate key in ${collection}: ${JSON.stringify(key)}`);
    this.name = 'DuplicateKeyError';
  }
}
