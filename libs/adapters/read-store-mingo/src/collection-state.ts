import { DuplicateKeyError, type Filter, type IndexSpec, type ReadDocument } from '@pdr/application';
import { compileFilter, idCandidates, isIdOnlyFilter, withoutId } from './filter-matcher';
import { UniqueIndex, type IndexKeys } from './unique-index';

/** Counters shared by every collection of a store, exposed for tests and diagnostics. */
export interface ScanStats {
  /** Filters answered by scanning a whole collection (not by `_id` lookups). */
  fullScans: number;
}

/**
 * One collection's documents (by `_id`, in insertion order, which is also the "natural order"
 * scans return) and its unique indexes.
 *
 * Stored documents are never mutated in place: every write stores a new object (updates change a
 * deep copy). So stored documents may share sub-values with each other, and a reader holding a
 * stored document mid-write can never observe half an update.
 */
export class CollectionState {
  readonly docs = new Map<string, ReadDocument>();
  private readonly indexes = new Map<string, { readonly keys: string; readonly unique: boolean }>();
  private readonly uniqueIndexes: UniqueIndex[] = [];

  constructor(private readonly stats: ScanStats) {}

  /** Documents matching `filter`, at most `limit`, in natural order; `_id` filters skip the scan. */
  match(filter: Filter, limit = Infinity): ReadDocument[] {
    const out: ReadDocument[] = [];
    if (limit <= 0) return out;
    const ids = idCandidates(filter);
    if (ids) {
      // The map lookup settles `_id`; mingo checks the rest against the documents found.
      const test = isIdOnlyFilter(filter) ? undefined : compileFilter(withoutId(filter));
      for (const id of ids) {
        const doc = this.docs.get(id);
        if (doc && (!test || test(doc))) {
          out.push(doc);
          if (out.length >= limit) break;
        }
      }
      return out;
    }
    this.stats.fullScans++;
    const test = compileFilter(filter);
    for (const doc of this.docs.values()) {
      if (test(doc)) {
        out.push(doc);
        if (out.length >= limit) break;
      }
    }
    return out;
  }

  insert(collection: string, doc: ReadDocument): void {
    if (this.docs.has(doc._id)) throw new DuplicateKeyError(collection, { _id: doc._id });
    const keys = this.uniqueIndexes.map((index) => index.keysOf(doc));
    this.uniqueIndexes.forEach((index, i) => index.assertFree(collection, doc._id, keys[i]));
    this.uniqueIndexes.forEach((index, i) => index.add(doc._id, keys[i]));
    this.docs.set(doc._id, doc);
  }

  /** Swaps in `next` (same `_id`) for `current`, after checking unique indexes. */
  replace(collection: string, current: ReadDocument, next: ReadDocument): void {
    if (this.uniqueIndexes.length > 0) {
      const before = this.uniqueIndexes.map((index) => index.keysOf(current));
      const after = this.uniqueIndexes.map((index) => index.keysOf(next));
      this.uniqueIndexes.forEach((index, i) => index.assertFree(collection, next._id, after[i]));
      this.uniqueIndexes.forEach((index, i) => {
        index.remove(current._id, before[i]);
        index.add(next._id, after[i]);
      });
    }
    this.docs.set(next._id, next);
  }

  remove(doc: ReadDocument): void {
    for (const index of this.uniqueIndexes) index.remove(doc._id, index.keysOf(doc));
    this.docs.delete(doc._id);
  }

  /**
   * Unique indexes are built and enforced. Other indexes are only recorded: they change no result,
   * the hot path (lookups by `_id`) already uses the map, and scans of in-memory read models are
   * cheap next to keeping extra structures current on every projection write.
   */
  createIndex(collection: string, spec: IndexSpec): void {
    const fields = Object.keys(spec.keys);
    if (fields.length === 0) throw new Error('index keys must name at least one field');
    const name = spec.name ?? fields.map((f) => `${f}_${spec.keys[f]}`).join('_');
    const shape = { keys: JSON.stringify(spec.keys), unique: spec.unique === true };
    const existing = this.indexes.get(name);
    if (existing) {
      if (existing.keys === shape.keys && existing.unique === shape.unique) return;
      throw new Error(`An existing index has the same name (${name}) but different options`);
    }
    // The _id index always exists and is unique.
    if (fields.length === 1 && fields[0] === '_id') return;
    if (shape.unique) {
      const index = new UniqueIndex(name, fields);
      const all: Array<[string, IndexKeys]> = [...this.docs.values()].map((doc) => [doc._id, index.keysOf(doc)]);
      for (const [id, keys] of all) {
        index.assertFree(collection, id, keys);
        index.add(id, keys);
      }
      this.uniqueIndexes.push(index);
    }
    this.indexes.set(name, shape);
  }
}
