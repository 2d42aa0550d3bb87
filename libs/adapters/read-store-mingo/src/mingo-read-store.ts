import type { ReadCollection, ReadDocument, ReadStore } from '@pdr/application';
import { CollectionState, type ScanStats } from './collection-state';
import type { OrderedIndex } from './ordered-index';
import { MingoCollection, type CollectionRegistry } from './mingo-collection';

/** Longest a slice of an index build holds the event loop before requests get their turn. */
const BUILD_SLICE_MS = 4;
const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * The embedded read store: MongoDB-shaped collections held in memory and queried with mingo, so
 * projections and queries written for MongoDB run unchanged. Not durable: read models are rebuilt
 * from the event log at start.
 */
export class MingoReadStore implements ReadStore {
  /** Writes are idempotent and checkpoints come last: nothing to make atomic here. */
  atomically<T>(work: () => Promise<T>): Promise<T> {
    return work();
  }

  readonly durable: boolean = false;
  /** Full-scan counter, for tests and diagnostics (lookups by `_id` do not scan). */
  readonly stats: ScanStats = { fullScans: 0 };

  protected readonly collections = new Map<string, CollectionState>();
  private readonly handles = new Map<string, MingoCollection>();
  protected closed = false;
  /** The index builds under way (see `buildIndexes`), one at a time. */
  private builds: Promise<void> = Promise.resolve();

  protected readonly registry: CollectionRegistry = {
    existing: (name) => this.collections.get(name),
    ensure: (name) => {
      let state = this.collections.get(name);
      if (!state) {
        state = this.newCollectionState(name);
        this.collections.set(name, state);
      }
      return state;
    },
    assertOpen: () => this.assertOpen(),
  };

  collection<T extends ReadDocument = ReadDocument>(name: string): ReadCollection<T> {
    assertCollectionName(name);
    let handle = this.handles.get(name);
    if (!handle) {
      handle = this.newHandle(name);
      this.handles.set(name, handle);
    }
    // Documents are untyped at run time; T is the caller's statement of their shape.
    return handle as unknown as ReadCollection<T>;
  }

  async listCollections(): Promise<string[]> {
    this.assertOpen();
    return [...this.collections.keys()];
  }

  async dropCollection(name: string): Promise<void> {
    this.assertOpen();
    this.collections.delete(name);
  }

  /** One synchronous swap of map entries: no reader can run between removing `from` and replacing `to`. */
  async renameCollection(from: string, to: string): Promise<void> {
    this.assertOpen();
    assertCollectionName(to);
    if (from === to) throw new Error(`cannot rename collection ${from} to itself`);
    const state = this.collections.get(from);
    if (!state) throw new Error(`source namespace does not exist: ${from}`);
    this.collections.set(to, state);
    this.collections.delete(from);
  }

  /**
   * Builds the indexes declared and not built yet, in slices of a few milliseconds with requests served between them. An
   * index declared on an empty collection is not kept up write by write while a projection catches up: a bulk load sorts
   * once instead (100,000 cases with the case list's 12 indexes: 4.1 s written then sorted, 14.3 s kept up write by write with chunks of 512).
   * The projections call this once caught up, and a rebuild before its switch, so no query pays for a sort.
   *
   * An index whose order was kept at the last close needs no sort, only a restore (one step). The returned promise does
   * not wait for those: restoring them all before it held a start at 3M events for seconds. They are restored after it,
   * one per turn of the event loop (see `settled`), so the first write after a start, which would restore every kept
   * order of its collection at once, finds them done; a query or a write before then restores what it needs itself.
   */
  buildIndexes(): Promise<void> {
    const sorted = this.builds.then(() => this.sortUnbuilt());
    // A failed build leaves its index to be built at first use; the next call starts afresh.
    this.builds = sorted.then(() => this.restoreKept()).catch(() => undefined);
    return sorted;
  }

  /** Resolves once the builds and restores begun by `buildIndexes` are over (tests, diagnostics). */
  settled(): Promise<void> {
    return this.builds;
  }

  private async sortUnbuilt(): Promise<void> {
    for (;;) {
      const index = this.firstUnbuilt('toSort');
      if (!index) return;
      index.startBuild();
      while (!index.stepBuild(performance.now() + BUILD_SLICE_MS)) {
        await nextTurn();
        // A query may have finished it meanwhile; a closed store builds nothing more.
        if (this.closed) return;
      }
      await nextTurn();
    }
  }

  private async restoreKept(): Promise<void> {
    for (;;) {
      await nextTurn();
      const index = this.firstUnbuilt('toRestore');
      if (!index) return;
      index.restoreNow();
    }
  }

  /** How many declared indexes wait for a sort (diagnostics, health, tests), or with 'toRestore' for a kept order's restore. */
  unbuiltIndexes(kind: 'toSort' | 'toRestore' = 'toSort'): number {
    let count = 0;
    for (const state of this.collections.values()) count += state.unbuiltIndexes()[kind].length;
    return count;
  }

  private firstUnbuilt(kind: 'toSort' | 'toRestore'): OrderedIndex | undefined {
    if (this.closed) return undefined;
    for (const state of this.collections.values()) {
      const found = state.unbuiltIndexes()[kind][0];
      if (found) return found;
    }
    return undefined;
  }

  async health(): Promise<{ ok: boolean; detail?: string }> {
    if (this.closed) return { ok: false, detail: 'closed' };
    return { ok: true, detail: `in-memory, ${this.collections.size} collections${this.unbuiltDetail()}` };
  }

  /** For health details: indexes still to build, if any. */
  protected unbuiltDetail(): string {
    const unbuilt = this.unbuiltIndexes();
    return unbuilt === 0 ? '' : `, ${unbuilt} indexes to build`;
  }

  async close(): Promise<void> {
    this.closed = true;
    this.collections.clear();
    this.handles.clear();
  }

  /** A handle on a collection by name: a subclass may wrap its writes. */
  protected newHandle(name: string): MingoCollection {
    return new MingoCollection(name, this.registry);
  }

  /** The state of a collection coming into being (on its first write): a subclass may observe its changes. */
  protected newCollectionState(_name: string): CollectionState {
    return new CollectionState(this.stats);
  }

  protected assertOpen(): void {
    if (this.closed) throw new Error('MingoReadStore is closed');
  }
}

function assertCollectionName(name: string): void {
  if (typeof name !== 'string' || name.length === 0 || name.includes('$') || name.includes('\0')) {
    throw new Error(`invalid collection name: ${JSON.stringify(name)}`);
  }
}
