import { compare } from 'mingo/util';
import type { ReadDocument } from '@pdr/application';
import { isPlainObject } from './document-copy';
import { IndexBuild } from './index-build';

/** An index in key order, as kept between starts: `[key values…, _id]` per entry, and the multikey documents counted. */
export interface IndexOrder {
  readonly entries: ReadonlyArray<readonly unknown[]>;
  readonly multikey: number;
}

/** One index entry: the document's key values, in the index's field order, and its `_id`. */
export interface IndexEntry {
  readonly key: readonly unknown[];
  readonly id: string;
}

/** A place in the index: chunk and offset. */
export interface IndexPosition {
  readonly chunk: number;
  readonly offset: number;
}

/** Where an index not built yet is built from: every document (or its indexed values), and one by `_id`. */
export interface IndexSource {
  all(): Iterable<ReadDocument>;
  one(id: string): ReadDocument | undefined;
}

/** An index not built yet: sorted from its collection, or restored from an order kept at the last close. */
type Pending =
  | { readonly kind: 'sort'; readonly source: IndexSource }
  | { readonly kind: 'restore'; readonly order: () => IndexOrder; readonly fallback?: IndexSource };

/**
 * Entries per chunk before it splits: inserts and removals move at most this many entries. Small, because moving object
 * references costs more than the extra chunks to search: 100,000 case writes with 12 live indexes took 3.7 s at 64, 6.4 s at 512.
 */
const CHUNK_SIZE = 64;

/**
 * A non-unique secondary index kept in key order on every write: entries `[key values…, _id]` in a
 * chunked sorted array (binary search over chunks, then within one), so inserting or removing one
 * entry costs O(log n + chunk) rather than shifting the whole collection.
 *
 * Values compare as mingo sorts them (MongoDB's type order; missing counts as null), each field in its
 * declared direction, ties broken by `_id` ascending unless `_id` is itself a declared field.
 *
 * A document with an array (or an empty array) on an indexed path makes the index multikey: MongoDB
 * then sorts by the array's smallest or largest element, which a one-key-per-document index cannot
 * reproduce, so a multikey index declines to serve queries (`usable` is false) until no such document is left.
 */
export class OrderedIndex {
  readonly directions: readonly (1 | -1)[];
  private chunks: IndexEntry[][] = [];
  private multikeyDocs = 0;
  /** Set until built (see `buildOnFirstUse`, `restoreOnFirstUse`): writes meanwhile are left to the build. */
  private pending?: Pending;
  /** A build in slices under way (see `startBuild`): writes meanwhile are told to it. */
  private building?: { readonly build: IndexBuild; readonly source: IndexSource };
  private readonly idIsDeclared: boolean;
  private readonly paths: readonly (readonly string[])[];

  constructor(
    readonly name: string,
    readonly fields: readonly string[],
    directions: readonly (1 | -1)[],
  ) {
    this.directions = directions;
    this.idIsDeclared = fields.includes('_id');
    this.paths = fields.map((field) => field.split('.'));
  }

  get usable(): boolean {
    this.ready();
    return this.multikeyDocs === 0;
  }

  get size(): number {
    this.ready();
    let n = 0;
    for (const chunk of this.chunks) n += chunk.length;
    return n;
  }

  /** The document's key (a missing field counts as null), or undefined when a path meets an array (a multikey entry). */
  keyOf(doc: ReadDocument): unknown[] | undefined {
    const key: unknown[] = [];
    for (const path of this.paths) {
      const value = valueOn(doc, path);
      if (value === MULTIKEY) return undefined;
      key.push(value);
    }
    return key;
  }

  add(doc: ReadDocument): void {
    if (this.deferred(doc)) return;
    const key = this.keyOf(doc);
    if (!key) {
      this.multikeyDocs++;
      return;
    }
    this.insertEntry({ key, id: doc._id });
  }

  remove(doc: ReadDocument): void {
    if (this.deferred(doc)) return;
    const key = this.keyOf(doc);
    if (!key) {
      this.multikeyDocs--;
      return;
    }
    const target: IndexEntry = { key, id: doc._id };
    const at = this.lowerBound((entry) => this.compareEntries(entry, target) >= 0);
    const chunk = this.chunks[at.chunk];
    if (!chunk || chunk[at.offset]?.id !== doc._id) return;
    chunk.splice(at.offset, 1);
    if (chunk.length === 0) this.chunks.splice(at.chunk, 1);
  }

  /**
   * Builds the index when a query or a write first needs it, from the collection's documents as they are then: a
   * start (a persisted collection loaded) sorts no index it will not use, and pays for one only when it is used.
   * `source` yields each document, or for one not read from its file yet the values its indexes need.
   */
  buildOnFirstUse(source: IndexSource): void {
    this.pending = { kind: 'sort', source };
  }

  /** Whether the index waits to be sorted from its collection (a restore is one quick step: not counted). */
  get needsSort(): boolean {
    return this.pending?.kind === 'sort' || this.building !== undefined;
  }

  /** Whether the index waits to be restored from a kept order. */
  get needsRestore(): boolean {
    return this.pending?.kind === 'restore';
  }

  /**
   * Builds an index waiting for a sort in slices (see {@link IndexBuild}) rather than at first use: `stepBuild` until it
   * returns true. A query arriving before then finishes the build at once. A kept order is left to its first use or write.
   */
  startBuild(): void {
    const pending = this.pending;
    if (pending?.kind !== 'sort') return;
    this.pending = undefined;
    this.building = { build: new IndexBuild(this, pending.source.all()), source: pending.source };
  }

  /** Builds on until `deadline` (performance.now()); true once built. */
  stepBuild(deadline: number): boolean {
    const building = this.building;
    if (!building) return this.pending === undefined;
    if (!building.build.step(deadline)) return false;
    this.building = undefined;
    const { entries, multikey } = building.build.result();
    this.install(entries, multikey);
    // Written while the build ran: indexed as they are now (a document removed meanwhile is gone).
    for (const id of building.build.touchedIds) {
      const doc = building.source.one(id);
      if (doc) this.add(doc);
    }
    return true;
  }

  /**
   * The index in key order, when built: `[key values…, _id]` per entry, and how many documents are multikey. What a
   * persisted store keeps at close so the next start does not sort again (undefined when never built: nothing to keep).
   */
  order(): IndexOrder | undefined {
    if (!this.built) return undefined;
    const entries: Array<readonly unknown[]> = [];
    for (const chunk of this.chunks) for (const entry of chunk) entries.push([...entry.key, entry.id]);
    return { entries, multikey: this.multikeyDocs };
  }

  /**
   * Restored on first use from a kept order (see `order`) instead of sorting the documents: valid only when no
   * document changed since it was taken, which the persisted store guarantees by discarding it at its next write.
   */
  restoreOnFirstUse(order: () => IndexOrder): void {
    const fallback = this.pending?.kind === 'sort' ? this.pending.source : undefined;
    this.pending = { kind: 'restore', order, ...(fallback ? { fallback } : {}) };
  }

  /** Restores a kept order now, if one waits (see `restoreOnFirstUse`). */
  restoreNow(): void {
    if (this.pending?.kind === 'restore') this.ready();
  }

  /** Whether the index is built (sorted or restored): its order can be taken. */
  get built(): boolean {
    return this.pending === undefined && this.building === undefined;
  }

  private restore({ entries, multikey }: IndexOrder): void {
    const width = this.fields.length;
    const half = CHUNK_SIZE >>> 1;
    this.multikeyDocs = multikey;
    for (let i = 0; i < entries.length; i += half) {
      this.chunks.push(entries.slice(i, i + half).map((entry) => ({ key: entry.slice(0, width), id: entry[width] as string })));
    }
  }

  /** Builds the index over existing documents in one sort, rather than entry by entry. */
  build(docs: Iterable<ReadDocument>): void {
    const entries: IndexEntry[] = [];
    for (const doc of docs) {
      const key = this.keyOf(doc);
      if (key) entries.push({ key, id: doc._id });
      else this.multikeyDocs++;
    }
    if (this.size > 0) {
      for (const entry of entries) this.insertEntry(entry);
      return;
    }
    entries.sort((a, b) => this.compareEntries(a, b));
    this.install(entries, this.multikeyDocs);
  }

  /** Takes sorted entries as the whole index, in half-full chunks. */
  private install(entries: readonly IndexEntry[], multikey: number): void {
    const half = CHUNK_SIZE >>> 1;
    this.chunks = [];
    for (let i = 0; i < entries.length; i += half) this.chunks.push(entries.slice(i, i + half));
    this.multikeyDocs = multikey;
  }

  /**
   * Not built yet, so a write is left to the build: a sort pending reads the collection as it is then, one under way
   * re-reads this document at its end. A kept order describes the collection as it was at the last close, so it is
   * restored before the first write changes that (the write is then applied to it).
   */
  private deferred(doc: ReadDocument): boolean {
    if (this.building) {
      this.building.build.touched(doc._id);
      return true;
    }
    if (this.pending?.kind === 'restore') this.ready();
    return this.pending !== undefined;
  }

  /** Moves a document's entry only when its key changed: most writes leave indexed fields alone. */
  update(before: ReadDocument, after: ReadDocument): void {
    if (this.deferred(after)) return;
    // Field by field without building keys: most projection writes touch no indexed field.
    let changed = false;
    for (const path of this.paths) {
      const a = valueOn(before, path);
      const b = valueOn(after, path);
      if (a === b) continue;
      if (a === MULTIKEY || b === MULTIKEY || typeof a !== typeof b || compareValues(a, b) !== 0) {
        changed = true;
        break;
      }
    }
    if (!changed) return;
    this.remove(before);
    this.add(after);
  }

  /** Compares an entry's first `fields.length` key values with `values`, each in its field's direction. */
  comparePrefix(entry: IndexEntry, values: readonly unknown[]): number {
    for (let i = 0; i < values.length; i++) {
      const c = compareValues(entry.key[i], values[i]) * this.directions[i];
      if (c !== 0) return c;
    }
    return 0;
  }

  /** The first position whose entry satisfies `pred` (monotone: false… then true…); the end when none does. */
  lowerBound(pred: (entry: IndexEntry) => boolean): IndexPosition {
    this.ready();
    let lo = 0;
    let hi = this.chunks.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const chunk = this.chunks[mid];
      if (pred(chunk[chunk.length - 1])) hi = mid;
      else lo = mid + 1;
    }
    if (lo === this.chunks.length) return this.end();
    const chunk = this.chunks[lo];
    let a = 0;
    let b = chunk.length;
    while (a < b) {
      const mid = (a + b) >>> 1;
      if (pred(chunk[mid])) b = mid;
      else a = mid + 1;
    }
    return { chunk: lo, offset: a };
  }

  end(): IndexPosition {
    this.ready();
    return { chunk: this.chunks.length, offset: 0 };
  }

  /** Entries from `start` (inclusive) to `stop` (exclusive), forward or backward; the caller stops when it has enough. */
  *entries(start: IndexPosition, stop: IndexPosition, backward: boolean): Generator<IndexEntry> {
    this.ready();
    if (!backward) {
      let { chunk, offset } = start;
      while (chunk < stop.chunk || (chunk === stop.chunk && offset < stop.offset)) {
        const entries = this.chunks[chunk];
        if (!entries) return;
        if (offset >= entries.length) {
          chunk++;
          offset = 0;
          continue;
        }
        yield entries[offset++];
      }
      return;
    }
    let { chunk, offset } = stop;
    for (;;) {
      offset--;
      while (offset < 0) {
        chunk--;
        if (chunk < 0) return;
        offset = this.chunks[chunk].length - 1;
      }
      if (chunk < start.chunk || (chunk === start.chunk && offset < start.offset)) return;
      yield this.chunks[chunk][offset];
    }
  }

  private ready(): void {
    if (this.building) {
      this.stepBuild(Infinity);
      return;
    }
    const pending = this.pending;
    if (!pending) return;
    this.pending = undefined;
    if (pending.kind === 'sort') {
      this.build(pending.source.all());
      return;
    }
    try {
      this.restore(pending.order());
    } catch (error) {
      // A kept order that does not open is derived data: sort from the documents instead.
      if (!pending.fallback) throw error;
      this.chunks = [];
      this.multikeyDocs = 0;
      this.build(pending.fallback.all());
    }
  }

  private insertEntry(entry: IndexEntry): void {
    if (this.chunks.length === 0) {
      this.chunks.push([entry]);
      return;
    }
    const at = this.lowerBound((other) => this.compareEntries(other, entry) >= 0);
    // Past the last entry: append to the last chunk.
    const chunkIndex = at.chunk === this.chunks.length ? this.chunks.length - 1 : at.chunk;
    const chunk = this.chunks[chunkIndex];
    const offset = at.chunk === this.chunks.length ? chunk.length : at.offset;
    chunk.splice(offset, 0, entry);
    if (chunk.length > CHUNK_SIZE) this.chunks.splice(chunkIndex + 1, 0, chunk.splice(CHUNK_SIZE >>> 1));
  }

  compareEntries(a: IndexEntry, b: IndexEntry): number {
    const c = this.comparePrefix(a, b.key);
    if (c !== 0 || this.idIsDeclared) return c;
    return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
  }
}

const MULTIKEY = Symbol('multikey');

/** The value at a dot path (missing: null), or MULTIKEY when the path meets an array. */
function valueOn(doc: unknown, path: readonly string[]): unknown {
  let node = doc;
  for (let i = 0; i < path.length; i++) {
    if (Array.isArray(node)) return MULTIKEY;
    node = isPlainObject(node) ? node[path[i]] : undefined;
  }
  if (Array.isArray(node)) return MULTIKEY;
  return node === undefined ? null : node;
}

/** mingo's order (MongoDB's type order), with the common cases (two strings, two numbers) compared directly as mingo does. */
export function compareValues(a: unknown, b: unknown): number {
  if ((typeof a === 'string' && typeof b === 'string') || (typeof a === 'number' && typeof b === 'number')) return a < b ? -1 : a > b ? 1 : 0;
  // Missing and null come first in MongoDB's type order, after MinKey only (never stored in a read model); an index
  // on a field most documents lack (fileDisposedAt) compares nulls most of the time.
  if (a === null || a === undefined) return b === null || b === undefined ? 0 : -1;
  if (b === null || b === undefined) return 1;
  return compare(a, b);
}
