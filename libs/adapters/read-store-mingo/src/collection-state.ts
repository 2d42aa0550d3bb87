import { DuplicateKeyError, type Filter, type FindOptions, type IndexSpec, type ReadDocument } from '@pdr/application';
import { DocumentMap, type DocumentOpener, type KeysOpener } from './document-map';
import { compileFilter, idCandidates, isIdOnlyFilter, withoutId } from './filter-matcher';
import { applyFindOptions, effectiveLimit, effectiveSkip, hasSort } from './find-options';
import { planIndex, planRange, type IndexPlan } from './index-plan';
import { type IndexOrder, OrderedIndex } from './ordered-index';
import { UniqueIndex, type IndexKeys } from './unique-index';

/** Counters shared by every collection of a store, exposed for tests and diagnostics. */
export interface ScanStats {
  /** Filters answered by scanning a whole collection (not by `_id` lookups). */
  fullScans: number;
  /** Finds and counts answered from an ordered secondary index. */
  indexedReads?: number;
  /** Documents an indexed read tested against its filter: the rows in the index range it read, no more. */
  examined?: number;
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
  readonly docs: DocumentMap;
  private readonly indexes = new Map<string, { readonly keys: string; readonly unique: boolean }>();
  private readonly uniqueIndexes: UniqueIndex[] = [];
  /** Every declared index (unique or not) in key order, for finds and counts that filter and sort on its fields. */
  private readonly orderedIndexes: OrderedIndex[] = [];

  /** `opener`, `keysOpener`: where documents loaded unopened, and their indexed values, are read from (a persisted collection's file). */
  constructor(
    private readonly stats: ScanStats,
    opener?: DocumentOpener,
    keysOpener?: KeysOpener,
  ) {
    this.docs = new DocumentMap(opener, keysOpener);
  }

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
    for (const index of this.orderedIndexes) index.add(doc);
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
    for (const index of this.orderedIndexes) index.update(current, next);
    this.docs.set(next._id, next);
  }

  remove(doc: ReadDocument): void {
    for (const index of this.uniqueIndexes) index.remove(doc._id, index.keysOf(doc));
    for (const index of this.orderedIndexes) index.remove(doc);
    this.docs.delete(doc._id);
  }

  /**
   * Found, sorted, skipped, limited and projected as MongoDB would. A filter on `_id` is looked up in the map; one
   * an index narrows (equalities on its leading fields, a range on the next) or whose sort it yields reads only that
   * index range, in index order when that is the sort, and stops at skip + limit: no full scan, no full sort.
   * Anything else scans. The result may share values with stored documents: callers copy it.
   */
  find(filter: Filter, options: FindOptions): ReadDocument[] {
    const limit = effectiveLimit(options);
    const plan = idCandidates(filter) ? undefined : planIndex(this.orderedIndexes, filter, options.sort);
    if (!plan) {
      // Without a sort, matching can stop once skip + limit documents are found.
      const enough = hasSort(options) || limit === 0 ? Infinity : effectiveSkip(options) + limit;
      return applyFindOptions(this.match(filter, enough), options);
    }
    if (!plan.ordered) return applyFindOptions(this.rows(this.readIndex(plan, filter, Infinity), options), options);
    const skip = effectiveSkip(options);
    const rows = this.rows(this.readIndex(plan, filter, limit === 0 ? Infinity : skip + limit).slice(skip), options);
    return options.projection ? applyFindOptions(rows, { projection: options.projection }) : rows;
  }

  /**
   * The documents to shape: their indexed values when the projection includes only indexed fields and the sort reads
   * only indexed fields (a covered query, as MongoDB calls it: nothing opened), else the documents themselves.
   */
  private rows(ids: readonly string[], options: FindOptions): ReadDocument[] {
    const projection = Object.entries(options.projection ?? {});
    const covered =
      projection.length > 0 &&
      projection.every(([field, value]) => Number(value) === 1 && this.docs.holds(field)) &&
      Object.keys(options.sort ?? {}).every((field) => this.docs.holds(field));
    return covered ? ids.map((id) => this.docs.indexedView(id)!) : this.opened(ids);
  }

  /** Matching documents, counted from an index range when one narrows the filter. */
  count(filter: Filter): number {
    if (Object.keys(filter).length === 0) return this.docs.size;
    const plan = idCandidates(filter) ? undefined : planIndex(this.orderedIndexes, filter, undefined);
    return plan ? this.readIndex(plan, filter, Infinity).length : this.match(filter).length;
  }

  private opened(ids: readonly string[]): ReadDocument[] {
    return ids.map((id) => this.docs.get(id)!);
  }

  /**
   * The ids of the documents in the plan's index range that match the whole filter, in the plan's order, at most
   * `limit`. A filter on indexed fields only is tested on the indexed values, so a count or a page opens no document
   * it does not return (a persisted collection's documents are read from its file when first opened).
   */
  private readIndex(plan: IndexPlan, filter: Filter, limit: number): string[] {
    this.stats.indexedReads = (this.stats.indexedReads ?? 0) + 1;
    const out: string[] = [];
    if (limit <= 0) return out;
    const test = compileFilter(filter);
    const onIndexedValues = filterFieldsWithin(filter, (field) => this.docs.holds(field));
    const { start, stop } = planRange(plan);
    let examined = 0;
    for (const entry of plan.index.entries(start, stop, plan.backward)) {
      const doc = onIndexedValues ? this.docs.indexedView(entry.id) : this.docs.get(entry.id);
      examined++;
      if (doc && test(doc)) {
        out.push(entry.id);
        if (out.length >= limit) break;
      }
    }
    this.stats.examined = (this.stats.examined ?? 0) + examined;
    return out;
  }

  /**
   * Each built index's order by name, taken when called (see {@link OrderedIndex.order}): a persisted store keeps them at
   * close, and takes only those its file does not hold already.
   */
  indexOrders(): Map<string, () => IndexOrder> {
    const orders = new Map<string, () => IndexOrder>();
    for (const index of this.orderedIndexes) if (index.built) orders.set(index.name, () => index.order()!);
    return orders;
  }

  /** Indexes declared and not built yet: those to sort from the documents, and those to restore from a kept order. */
  unbuiltIndexes(): { toSort: OrderedIndex[]; toRestore: OrderedIndex[] } {
    return { toSort: this.orderedIndexes.filter((index) => index.needsSort), toRestore: this.orderedIndexes.filter((index) => index.needsRestore) };
  }

  /** The index named `name` is restored from a kept order (on first use, or by `buildIndexes`), instead of sorting the documents. */
  restoreIndexOrder(name: string, order: () => IndexOrder): void {
    this.orderedIndexes.find((index) => index.name === name)?.restoreOnFirstUse(order);
  }

  /**
   * Unique indexes are enforced. Every index (unique or not) is also kept in key order (OrderedIndex) on every write,
   * so finds and counts that filter and sort on its fields read a range of it instead of scanning.
   */
  createIndex(collection: string, spec: IndexSpec): void {
    const fields = Object.keys(spec.keys);
    if (fields.length === 0) throw new Error('index keys must name at least one field');
    const name = indexName(spec);
    const shape = { keys: JSON.stringify(spec.keys), unique: spec.unique === true };
    const existing = this.indexes.get(name);
    if (existing) {
      if (existing.keys === shape.keys && existing.unique === shape.unique) return;
      throw new Error(`An existing index has the same name (${name}) but different options`);
    }
    // The _id index always exists and is unique.
    if (fields.length === 1 && fields[0] === '_id') return;
    this.docs.openUnlessIndexed(fields);
    if (shape.unique) {
      const index = new UniqueIndex(name, fields);
      const all: Array<[string, IndexKeys]> = [...this.docs.indexedViews()].map((doc) => [doc._id, index.keysOf(doc)]);
      for (const [id, keys] of all) {
        index.assertFree(collection, id, keys);
        index.add(id, keys);
      }
      this.uniqueIndexes.push(index);
    }
    const ordered = new OrderedIndex(name, fields, fields.map((f) => (spec.keys[f] === -1 ? -1 : 1)));
    ordered.buildOnFirstUse({ all: () => this.docs.indexedViews(), one: (id) => this.docs.indexedView(id) });
    this.orderedIndexes.push(ordered);
    this.indexes.set(name, shape);
  }
}

/** Whether every field the filter tests is held (through $and, $or and $nor; any other operator: no). */
function filterFieldsWithin(filter: Filter, holds: (field: string) => boolean): boolean {
  return Object.entries(filter).every(([key, value]) => {
    if (key === '$and' || key === '$or' || key === '$nor') return Array.isArray(value) && value.every((branch) => filterFieldsWithin(branch as Filter, holds));
    return !key.startsWith('$') && holds(key);
  });
}

/** An index's name: its own, or MongoDB's default from its keys (`field_1_other_-1`). */
export function indexName(spec: IndexSpec): string {
  return spec.name ?? Object.keys(spec.keys).map((field) => `${field}_${spec.keys[field]}`).join('_');
}
