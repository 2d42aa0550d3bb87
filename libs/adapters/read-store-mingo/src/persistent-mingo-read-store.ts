import { AsyncLocalStorage } from 'node:async_hooks';
import type { BulkWriteOptions, IndexSpec, ReadDocument, WriteOperation, WriteResult } from '@pdr/application';
import { type CollectionState, indexName } from './collection-state';
import type { IndexOrder } from './ordered-index';
import { MingoCollection, type CollectionRegistry } from './mingo-collection';
import { MingoReadStore } from './mingo-read-store';
import { type ChangeSink, type JournalEntry, type PersistedState, Unit } from './persistence/journal';
import { discardReadModelFile, indexedFields, keptOrderKey, OutdatedReadModelFile, ReadModelFile } from './persistence/read-model-file';
import { TrackedCollectionState } from './persistence/tracked-collection-state';

/** A sealed row that does not open with the key given (AES-GCM's authentication failed). */
const isUnreadable = (error: unknown): boolean => /unable to authenticate|Unsupported state/i.test(String((error as { message?: unknown } | undefined)?.message ?? ''));

export interface PersistentReadStoreOptions {
  /** The SQLite file of the read models (and the projections' checkpoints), e.g. `DATA_DIR/read-models.sqlite`. */
  readonly file: string;
  /** The read models' own data key (from the key store): each document is sealed with it in the file. Absent: plain JSON (tests). */
  readonly key?: Buffer;
}

/**
 * The embedded read store, persisted: collections stay in memory and are queried with mingo exactly as in
 * {@link MingoReadStore}; every change is also written through, by collection and `_id`, to a SQLite file of its own.
 * At open the file is loaded (each document's id; its indexed values and the document itself when first needed), so
 * projections resume from their checkpoints instead of replaying the log, and a start does not grow with the read models.
 *
 * Units of work: `atomically(work)` writes every change made inside `work` (documents, drops, renames, indexes; the
 * checkpoint a projection stores after its batch is one more document) in one SQLite transaction at its end, so a crash
 * keeps all of a batch or none. When `work` throws, nothing is written and memory is put back as it was (a document
 * removed and put back moves to the end of its collection's natural order; an index declared inside stays in memory,
 * declaring it again is a no-op, and is written by its next declaration). A write outside `atomically` is its own unit:
 * each bulk write one transaction (an ordered bulk write that fails part-way keeps, and writes, the operations before
 * the failure, like MongoDB's). Units are told apart by async context, so concurrent projections never share one; a unit
 * begun inside another nests in it (see `inUnit`).
 *
 * Erasure and disposal reach the file like any other write: a document deleted is a row deleted, a document rewritten
 * without a value is a row rewritten, `secure_delete` zeroes the freed bytes, and the WAL that still holds the old
 * version is checkpointed and truncated within a second (see {@link ReadModelFile}).
 * Documents are stored as JSON: read models are JSON data (a Date would come back as its ISO string).
 */
export class PersistentMingoReadStore extends MingoReadStore implements ChangeSink {
  override readonly durable: boolean = true;
  private readonly units = new AsyncLocalStorage<Unit>();
  /** While loading or undoing: changes are not journalled. */
  private silent = false;
  /** Units begun and not yet written: memory holds changes the file does not. */
  private openUnits = 0;
  private lastTable: number;

  private constructor(
    private readonly file: ReadModelFile,
    private readonly path: string,
  ) {
    super();
    this.lastTable = file.lastTableNumber();
    this.load();
  }

  static open({ file, key }: PersistentReadStoreOptions): PersistentMingoReadStore {
    let opened: ReadModelFile | undefined;
    try {
      opened = ReadModelFile.open(file, key);
      return new PersistentMingoReadStore(opened, file);
    } catch (error) {
      opened?.close();
      if (!isUnreadable(error) && !(error instanceof OutdatedReadModelFile)) throw error;
      // Sealed under another key (the key store was replaced) or of an earlier layout: derived data, so it is
      // discarded and rebuilt from the log.
      discardReadModelFile(file);
      return new PersistentMingoReadStore(ReadModelFile.open(file, key), file);
    }
  }

  override atomically<T>(work: () => Promise<T>): Promise<T> {
    return this.inUnit(work, false);
  }

  override dropCollection(name: string): Promise<void> {
    return this.inUnit(async () => {
      const state = this.collections.get(name) as PersistedState | undefined;
      await super.dropCollection(name);
      if (state) this.record({ kind: 'drop', name, state });
    }, false);
  }

  override renameCollection(from: string, to: string): Promise<void> {
    return this.inUnit(async () => {
      const state = this.collections.get(from) as PersistedState | undefined;
      const replaced = this.collections.get(to) as PersistedState | undefined;
      await super.renameCollection(from, to);
      if (state) this.record({ kind: 'rename', from, to, state, ...(replaced ? { replaced } : {}) });
    }, false);
  }

  override async health(): Promise<{ ok: boolean; detail?: string }> {
    const memory = await super.health();
    if (!memory.ok) return memory;
    return { ok: true, detail: `in-process, persisted in ${this.path}, ${this.collections.size} collections${this.unbuiltDetail()}` };
  }

  /** Checkpoints the file's WAL now rather than within the second (tests; erasure reaches the file bytes either way). */
  checkpointNow(): void {
    this.file.checkpointNow();
  }

  /** How many documents of a collection have not been read from the file since the start (diagnostics, tests). */
  unopenedDocuments(name: string): number {
    return this.collections.get(name)?.docs.unopened() ?? 0;
  }

  /** How many documents' indexed values were opened from the file since the start (diagnostics, tests). */
  openedIndexedValues(name: string): number {
    return this.collections.get(name)?.docs.indexedValuesOpened ?? 0;
  }

  override async close(): Promise<void> {
    // Orders must describe exactly the rows in the file: none is kept while a unit's changes are in memory only.
    if (!this.closed && this.openUnits === 0) this.keepIndexOrders();
    await super.close();
    this.file.close();
  }

  /**
   * At close: each built index's order, so the next start restores it rather than sorting (kept only until a write).
   * An order the file still holds (its table not written since the start) describes the rows as they are: it is left as
   * it is, restored or not, rather than taken and sealed again.
   */
  private keepIndexOrders(): void {
    const held = this.file.keptOrders();
    const orders: Array<{ table: string; name: string; spec: string; order: IndexOrder }> = [];
    for (const state of this.collections.values() as IterableIterator<TrackedCollectionState>) {
      const specs = new Map(state.specs.map((spec) => [indexName(spec), JSON.stringify(spec)]));
      for (const [name, order] of state.indexOrders()) {
        const spec = specs.get(name);
        if (spec !== undefined && held.get(keptOrderKey(state.table, name)) !== spec) orders.push({ table: state.table, name, spec, order: order() });
      }
    }
    try {
      this.file.keepIndexOrders(orders);
    } catch {
      // Derived data: without it the next start sorts, as it would after a crash. The file still closes.
    }
  }

  /**
   * Runs a write (its changes happen within its async context) as a unit of its own, or nested in the enclosing one: a
   * nested unit that succeeds (or keeps its partial changes) hands them to the enclosing unit, written at its end; one
   * that fails undoes only its own changes, like a savepoint, so the enclosing unit can go on without them.
   */
  inUnit<T>(work: () => Promise<T>, keepPartial: boolean): Promise<T> {
    this.assertOpen();
    const enclosing = this.units.getStore();
    const unit = new Unit();
    this.openUnits++;
    return this.units.run(unit, async () => {
      let result: T;
      try {
        result = await work();
      } catch (error) {
        if (keepPartial) this.settle(unit, enclosing);
        else this.undo(unit);
        throw error;
      } finally {
        this.openUnits--;
      }
      this.settle(unit, enclosing);
      return result;
    });
  }

  private settle(unit: Unit, enclosing: Unit | undefined): void {
    // A loop, not push(...entries): a bulk load's unit can hold more entries than a call takes arguments.
    if (enclosing) for (const entry of unit.entries) enclosing.entries.push(entry);
    else this.commit(unit);
  }

  changed(state: PersistedState, id: string, before: ReadDocument | undefined, after: ReadDocument | undefined): void {
    this.record({ kind: 'doc', state, id, ...(before ? { before } : {}), ...(after ? { after } : {}) });
  }

  indexed(state: PersistedState, spec: IndexSpec): void {
    this.record({ kind: 'index', state, spec });
  }

  protected override newCollectionState(name: string): CollectionState {
    const table = `rm_${++this.lastTable}`;
    const state = new TrackedCollectionState(this.stats, table, this, this.opener(table), this.keysOpener(table));
    this.record({ kind: 'create', name, state });
    return state;
  }

  protected override newHandle(name: string): MingoCollection {
    return new PersistingCollection(name, this.registry, this);
  }

  private record(entry: JournalEntry): void {
    if (this.silent) return;
    const unit = this.units.getStore();
    if (unit) unit.entries.push(entry);
    // Not reached through this store's API (every write runs in a unit); written at once all the same.
    else this.commit(Object.assign(new Unit(), { entries: [entry] }));
  }

  /** Writes the unit; if the file refuses it, memory is put back too, so both keep the same contents. */
  private commit(unit: Unit): void {
    try {
      this.file.commit(unit.entries);
    } catch (error) {
      this.undo(unit);
      throw error;
    }
  }

  /** Undoes the unit's changes in memory, last first. */
  private undo(unit: Unit): void {
    this.silent = true;
    try {
      for (let i = unit.entries.length - 1; i >= 0; i--) this.undoEntry(unit.entries[i]!);
    } finally {
      this.silent = false;
    }
  }

  private undoEntry(entry: JournalEntry): void {
    switch (entry.kind) {
      case 'doc': {
        const { state, id, before } = entry;
        const current = state.docs.get(id);
        if (!before) {
          if (current) state.remove(current);
        } else if (current) state.replace('(undo)', current, before);
        else state.insert('(undo)', before);
        return;
      }
      case 'create':
        if (this.collections.get(entry.name) === entry.state) this.collections.delete(entry.name);
        return;
      case 'drop':
        this.collections.set(entry.name, entry.state);
        return;
      case 'rename':
        if (this.collections.get(entry.to) !== entry.state) return;
        this.collections.set(entry.from, entry.state);
        if (entry.replaced) this.collections.set(entry.to, entry.replaced);
        else this.collections.delete(entry.to);
        return;
      case 'index': {
        const at = entry.state.specs.indexOf(entry.spec);
        if (at >= 0) entry.state.specs.splice(at, 1);
        return;
      }
    }
  }

  /** Reads a document's indexed values from the file, the first time an index or a filter needs them. */
  private keysOpener(table: string): (id: string) => readonly [readonly string[], ReadDocument] {
    return (id) => {
      const keys = this.file.readKeys(table, id);
      if (keys === undefined) throw new Error(`read model ${table}/${id} is missing from ${this.path}`);
      return keys;
    };
  }

  /** Reads a document of `table` from the file, the first time it is needed. */
  private opener(table: string): (id: string) => ReadDocument {
    return (id) => {
      const json = this.file.readDocument(table, id);
      if (json === undefined) throw new Error(`read model ${table}/${id} is missing from ${this.path}`);
      return JSON.parse(json) as ReadDocument;
    };
  }

  /**
   * One pass per table over each row's id: documents stay unopened (not read, decrypted nor parsed) until first needed,
   * and their indexed values until an index or a filter needs them, so a start costs a scan of ids, not the read models.
   * Unique indexes are built here; ordered ones by `buildIndexes` or on first use.
   */
  private load(): void {
    this.silent = true;
    try {
      for (const stored of this.file.load()) {
        const state = new TrackedCollectionState(this.stats, stored.table, this, this.opener(stored.table), this.keysOpener(stored.table));
        state.docs.indexedValuesHold(indexedFields(stored.specs));
        const ids = stored.ids();
        for (const id of ids) state.docs.setUnopened(id);
        const first = ids[0];
        // One row opened now: a file sealed under another key is found at open (and discarded), not at a first read.
        if (first !== undefined) state.docs.indexedView(first);
        // Known already: declaring them builds the indexes without writing anything back.
        state.specs.push(...stored.specs);
        for (const spec of stored.specs) state.createIndex(stored.name, spec);
        // Orders kept at the last close (no write since): restored (after readiness, or on first use) instead of sorted.
        for (const spec of stored.specs) {
          const kept = stored.orders.get(indexName(spec));
          if (kept && kept.spec === JSON.stringify(spec)) state.restoreIndexOrder(indexName(spec), kept.open);
        }
        this.collections.set(stored.name, state);
      }
    } finally {
      this.silent = false;
    }
  }
}

/** A collection handle whose writes each run as a unit (or join the enclosing `atomically`); reads are the base's. */
class PersistingCollection extends MingoCollection {
  constructor(
    name: string,
    registry: CollectionRegistry,
    private readonly store: PersistentMingoReadStore,
  ) {
    super(name, registry);
  }

  override bulkWrite(operations: readonly WriteOperation[], options?: BulkWriteOptions): Promise<WriteResult> {
    return this.store.inUnit(() => super.bulkWrite(operations, options), true);
  }

  override createIndex(spec: IndexSpec): Promise<void> {
    return this.store.inUnit(() => super.createIndex(spec), false);
  }
}
