import type { ReadCollection, ReadDocument, ReadStore } from '@pdr/application';
import { CollectionState, type ScanStats } from './collection-state';
import { MingoCollection, type CollectionRegistry } from './mingo-collection';

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

  async health(): Promise<{ ok: boolean; detail?: string }> {
    if (this.closed) return { ok: false, detail: 'closed' };
    return { ok: true, detail: `in-memory, ${this.collections.size} collections` };
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
