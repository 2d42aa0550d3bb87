import type { BulkWriteOptions, Filter, FindOptions, IndexSpec, ReadCollection, ReadDocument, WriteOperation, WriteResult } from '@pdr/application';
import type { CollectionState } from './collection-state';
import { deepCopy } from './document-copy';
import { applyWrite, emptyCounts, type WriteTarget } from './write-operations';

/** What a collection handle needs from its store. */
export interface CollectionRegistry {
  existing(name: string): CollectionState | undefined;
  ensure(name: string): CollectionState;
  assertOpen(): void;
}

/**
 * A handle on a collection by name, like a MongoDB driver collection: it resolves the name on every
 * call, so after a rename or drop it sees the collection that now has that name.
 */
export class MingoCollection implements ReadCollection<ReadDocument>, WriteTarget {
  constructor(
    readonly name: string,
    private readonly registry: CollectionRegistry,
  ) {}

  existing(): CollectionState | undefined {
    this.registry.assertOpen();
    return this.registry.existing(this.name);
  }

  ensure(): CollectionState {
    this.registry.assertOpen();
    return this.registry.ensure(this.name);
  }

  async findOne(filter: Filter, options: Pick<FindOptions, 'projection' | 'sort' | 'readOnly'> = {}): Promise<ReadDocument | null> {
    return this.read(filter, { ...options, limit: 1 })[0] ?? null;
  }

  async find(filter: Filter, options: FindOptions = {}): Promise<ReadDocument[]> {
    return this.read(filter, options);
  }

  async count(filter: Filter = {}): Promise<number> {
    const state = this.existing();
    if (!state) return 0;
    return state.count(filter);
  }

  async bulkWrite(operations: readonly WriteOperation[], options: BulkWriteOptions = {}): Promise<WriteResult> {
    const counts = emptyCounts();
    // Synchronous from start to end, so no other call interleaves with a bulk write.
    for (const operation of operations) applyWrite(this, operation, counts, options.handedOver === true);
    return counts;
  }

  async createIndex(spec: IndexSpec): Promise<void> {
    this.ensure().createIndex(this.name, spec);
  }

  private read(filter: Filter, options: FindOptions): ReadDocument[] {
    const state = this.existing();
    if (!state) return [];
    // An index range when one serves the filter or sort, else a scan (see CollectionState.find).
    const shaped = state.find(filter, options);
    // Copies, so callers can mutate what they get without touching stored state. A read-only caller gets stored values:
    // safe, as no write changes a stored document in place (each stores a new one).
    return options.readOnly ? shaped : shaped.map(deepCopy);
  }
}
