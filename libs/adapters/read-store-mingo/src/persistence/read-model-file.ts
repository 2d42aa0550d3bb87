import Database from 'better-sqlite3';
import type { IndexSpec } from '@pdr/application';
import { chmodSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { randomBytes } from 'node:crypto';
import { dirname, join } from 'node:path';
import type { JournalEntry, PersistedState } from './journal';
import { openBytes, openField, sealBytes, sealField } from '@pdr/application';
import { indexedFieldsOf } from '../document-map';
import type { IndexOrder } from '../ordered-index';

/**
 * The file's layout: 3 = per collection, a table of each document's indexed values (`keys`, in insertion order) and
 * one of the documents (`_doc`), so a start scans the small one only. A file of an earlier layout is derived data
 * like any other: discarded and rebuilt from the log.
 */
export const READ_MODEL_FILE_FORMAT = 3;
/** How long a commit's superseded pages may stay in the WAL before it is checkpointed and truncated. */
const WAL_CHECKPOINT_MS = 1_000;

/** What a sealed value is: a document (no part), its indexed values, or an index's order (`id` the index name). */
type Part = 'keys' | 'order';

/**
 * How a document is written to the file: sealed with the read models' own data key (AES-256-GCM, bound to its table
 * and id) so the file holds no readable personal data at rest, as the log does not; without a key, as plain JSON.
 */
interface RowCodec {
  encode(table: string, id: string, json: string, part?: Part): string;
  decode(table: string, id: string, stored: string, part?: Part): string;
  /** An index's order, as the bytes of its file. */
  encodeOrder(table: string, name: string, json: string): Buffer;
  decodeOrder(table: string, name: string, bytes: Buffer): string;
}

const PLAIN: RowCodec = {
  encode: (_table, _id, json) => json,
  decode: (_table, _id, stored) => stored,
  encodeOrder: (_table, _name, json) => Buffer.from(json, 'utf8'),
  decodeOrder: (_table, _name, bytes) => bytes.toString('utf8'),
};

function sealedRows(key: Buffer): RowCodec {
  // Bound to table, id and part: a row's values cannot be moved to another row, nor its keys swapped with its document.
  const binding = (table: string, id: string, part?: Part) => `read-model${part ? `-${part}` : ''}\u0000${table}\u0000${id}`;
  return {
    encode: (table, id, json, part) => sealField(key, binding(table, id, part), json),
    decode: (table, id, stored, part) => openField(key, binding(table, id, part), stored),
    encodeOrder: (table, name, json) => sealBytes(key, binding(table, name, 'order'), json),
    decodeOrder: (table, name, bytes) => openBytes(key, binding(table, name, 'order'), bytes),
  };
}

/** A row's indexed values as stored: the index fields they were taken for, and the values (`indexedFieldsOf`). */
export type StoredKeys = readonly [fields: readonly string[], values: Record<string, unknown> & { _id: string }];

/** Every field the collection's indexes name, in a stable order. */
export function indexedFields(specs: readonly IndexSpec[]): string[] {
  return [...new Set(specs.flatMap((spec) => Object.keys(spec.keys)))].sort();
}

interface TableStatements {
  readonly upsertKeys: Database.Statement;
  readonly upsertDoc: Database.Statement;
  readonly removeKeys: Database.Statement;
  readonly removeDoc: Database.Statement;
  readonly read: Database.Statement;
  readonly readKeys: Database.Statement;
}

/** A persisted collection, as found at open. */
export interface StoredCollection {
  readonly name: string;
  readonly table: string;
  readonly specs: IndexSpec[];
  /** Each row's `_id` in insertion order (the in-memory store's natural order); its indexed values are read with `readKeys`. */
  ids(): string[];
  /** The indexes whose order was kept at the last close (no write since), by name: their spec, and the order to open. */
  readonly orders: ReadonlyMap<string, { readonly spec: string; readonly open: () => IndexOrder }>;
}

const TABLE = /^rm_(\d+)$/;

/** How `keptOrders` names an index of a table. */
export const keptOrderKey = (table: string, name: string): string => `${table}\u0000${name}`;

/**
 * The SQLite file behind the persisting read store: a catalog (collection name → table, declared indexes) and two
 * tables per collection: `rm_N` (`_id` → the document's indexed values) and `rm_N_doc` (`_id` → document as JSON).
 * Tables are per collection *state*, not per name, so a rename is one catalog row and a drop two DROP TABLEs. A table
 * no catalog row names (left by a unit that was undone after another wrote to it) is dropped at open.
 *
 * Write-ahead log with `synchronous = NORMAL`: a commit writes to the WAL without waiting for the disk (a rollback
 * journal with FULL syncs cost two or three fsyncs per projection batch, on the one event loop, issue 13). A power
 * loss may lose the last commits but never corrupts the file, and since each batch's checkpoint commits with it the
 * projections replay exactly what was lost. A WAL keeps the old versions of changed pages until a checkpoint, so an
 * erased value would outlive its erasure there: the WAL is checkpointed into the file and truncated within
 * `checkpointMs` of any commit (and at close), and `secure_delete` zeroes the freed bytes of a deleted or rewritten
 * document in the file itself.
 *
 * Index orders kept between starts (see `keepIndexOrders`) are files of their own beside it (`<file>.orders/`), one per
 * index, named by a row of `index_orders`. At 3M events they come to some 100 MB: as rows, the first write after a start
 * deleted them in its transaction, zeroing every page and checkpointing them all, and stalled for about a second. Now
 * that write deletes only their rows, and the files are unlinked once it has committed, off the event loop (a crash
 * before then leaves files no row names, removed at the next open). Like the truncated WAL, an unlinked file leaves
 * no copy of an erased value in any file.
 */
export class ReadModelFile {
  private readonly tables = new Set<string>();
  private readonly statements = new Map<string, TableStatements>();
  private readonly bind: Database.Statement;
  private readonly unbind: Database.Statement;
  private readonly tableOf: Database.Statement;
  private readonly setIndexes: Database.Statement;
  private readonly commitEntries: (entries: readonly JournalEntry[]) => void;
  private checkpoint?: NodeJS.Timeout;
  /** Tables with index orders in the file: a commit that changes one deletes its orders in the same transaction. */
  private keptTables: Set<string>;
  private readonly keptOrder: Database.Statement;
  private readonly ordersDir: string;
  /** Order files whose rows the transaction under way deletes: unlinked once it commits, kept if it rolls back. */
  private unnamed: string[] = [];
  /** Order files being unlinked (see `unlinkUnnamed`). */
  private readonly unlinking = new Set<string>();

  private constructor(
    private readonly db: Database.Database,
    private readonly codec: RowCodec,
    private readonly checkpointMs: number,
    file: string,
  ) {
    this.ordersDir = `${file}.orders`;
    db.exec('CREATE TABLE IF NOT EXISTS collections (name TEXT PRIMARY KEY, tbl TEXT NOT NULL UNIQUE, indexes TEXT NOT NULL)');
    // Each index's order as it was at the last close, so a start restores it instead of sorting (issue 13). Derived and
    // only valid with the rows it was taken from: the first commit after a start that changes a table deletes its orders.
    // Orders held in the row itself (before the files) are simply dropped: the next start sorts.
    const columns = db.prepare("SELECT name FROM pragma_table_info('index_orders')").pluck().all() as string[];
    if (columns.includes('entries')) db.exec('DROP TABLE index_orders');
    db.exec('CREATE TABLE IF NOT EXISTS index_orders (tbl TEXT NOT NULL, name TEXT NOT NULL, spec TEXT NOT NULL, file TEXT NOT NULL, PRIMARY KEY (tbl, name))');
    this.keptTables = this.tablesWithOrders();
    this.keptOrder = db.prepare('SELECT file FROM index_orders WHERE tbl = ? AND name = ?').pluck();
    this.bind = db.prepare('INSERT INTO collections (name, tbl, indexes) VALUES (?, ?, ?) ON CONFLICT (name) DO UPDATE SET tbl = excluded.tbl, indexes = excluded.indexes');
    this.unbind = db.prepare('DELETE FROM collections WHERE name = ?');
    this.tableOf = db.prepare('SELECT tbl FROM collections WHERE name = ?').pluck();
    this.setIndexes = db.prepare('UPDATE collections SET indexes = ? WHERE tbl = ?');
    for (const table of this.existingTables()) this.tables.add(table);
    this.commitEntries = db.transaction((entries: readonly JournalEntry[]) => this.apply(entries));
  }

  /**
   * Opens (creating if needed) the file, the owner's alone like every file under DATA_DIR (read models hold personal
   * data). Throws {@link OutdatedReadModelFile} for a file of an earlier layout.
   */
  static open(file: string, key?: Buffer, { checkpointMs = WAL_CHECKPOINT_MS }: { checkpointMs?: number } = {}): ReadModelFile {
    mkdirSync(dirname(file), { recursive: true, mode: 0o700 });
    const db = new Database(file);
    try {
      restrictToOwner(file);
      db.pragma('journal_mode = WAL');
      db.pragma('synchronous = NORMAL');
      db.pragma('secure_delete = ON');
      const format = db.pragma('user_version', { simple: true }) as number;
      const holdsTables = (db.prepare("SELECT count(*) FROM sqlite_master WHERE type = 'table'").pluck().get() as number) > 0;
      if (holdsTables && format !== READ_MODEL_FILE_FORMAT) throw new OutdatedReadModelFile(file, format);
      db.pragma(`user_version = ${READ_MODEL_FILE_FORMAT}`);
      const opened = new ReadModelFile(db, key ? sealedRows(key) : PLAIN, checkpointMs, file);
      restrictToOwner(file);
      return opened;
    } catch (error) {
      db.close();
      throw error;
    }
  }

  /** Every persisted collection; drops tables no collection names. */
  load(): StoredCollection[] {
    const catalog = this.db.prepare('SELECT name, tbl, indexes FROM collections').all() as Array<{ name: string; tbl: string; indexes: string }>;
    const named = new Set(catalog.map((row) => row.tbl));
    for (const table of [...this.tables]) if (!named.has(table)) this.dropTable(table);
    this.removeStrayOrderFiles();
    this.unnamed = [];
    return catalog.map(({ name, tbl, indexes }) => {
      this.ensureTable(tbl);
      const ids = () => this.idsInInsertionOrder(tbl);
      // An order's entries are read when it is restored (first use, or before its table's first write deletes it), not here.
      const kept = this.db.prepare('SELECT name, spec FROM index_orders WHERE tbl = ?').all(tbl) as Array<{ name: string; spec: string }>;
      const orders = new Map(kept.map((order) => [order.name, { spec: order.spec, open: () => this.openOrder(tbl, order.name) }]));
      return { name, table: tbl, specs: JSON.parse(indexes) as IndexSpec[], ids, orders };
    });
  }

  /**
   * A table's ids in insertion order (rowid), read from its primary key's index rather than the table: the indexed
   * values are inline in the table's pages, ten times the bytes, so a start with the file out of the page cache read
   * them all from disk (at 3M events, 1.9 s against 0.5 s). The index is in id order: each id is put back in its
   * rowid's place, rowids being dense (a rewrite keeps its row's), and sorted only if deletions left them sparse.
   */
  private idsInInsertionOrder(table: string): string[] {
    const byId = `INDEXED BY sqlite_autoindex_${table}_1`;
    const ids = this.db.prepare(`SELECT id FROM ${table} ${byId}`).pluck().all() as string[];
    const rowids = this.db.prepare(`SELECT rowid FROM ${table} ${byId}`).pluck().all() as number[];
    let last = 0;
    for (const rowid of rowids) if (rowid > last) last = rowid;
    if (last > 4 * ids.length + 1_024) return ids.map((id, i) => [rowids[i]!, id] as const).sort((a, b) => a[0] - b[0]).map(([, id]) => id);
    const slots: Array<string | undefined> = new Array(last + 1);
    for (let i = 0; i < ids.length; i++) slots[rowids[i]!] = ids[i];
    return slots.filter((id): id is string => id !== undefined);
  }

  private openOrder(table: string, name: string): IndexOrder {
    const file = this.keptOrder.get(table, name) as string | undefined;
    // Restores run before their table's first write, which is what deletes the orders: a missing one is a fault here.
    if (file === undefined) throw new Error(`index order ${name} of ${table} is no longer kept`);
    return JSON.parse(this.codec.decodeOrder(table, name, readFileSync(join(this.ordersDir, file)))) as IndexOrder;
  }

  /** Order files no row names (a crash between a commit and their unlink, or a close that failed): removed. */
  private removeStrayOrderFiles(): void {
    if (!existsSync(this.ordersDir)) return;
    const named = new Set(this.db.prepare('SELECT file FROM index_orders').pluck().all() as string[]);
    for (const file of readdirSync(this.ordersDir)) if (!named.has(file)) rmSync(join(this.ordersDir, file), { force: true });
  }

  private tablesWithOrders(): Set<string> {
    return new Set(this.db.prepare('SELECT DISTINCT tbl FROM index_orders').pluck().all() as string[]);
  }

  /**
   * The orders the file holds that still describe their rows (their tables not written since the open), by
   * {@link keptOrderKey}: the spec each was taken for.
   */
  keptOrders(): Map<string, string> {
    const rows = this.db.prepare('SELECT tbl, name, spec FROM index_orders').raw().all() as Array<[string, string, string]>;
    return new Map(rows.filter(([table]) => this.keptTables.has(table)).map(([table, name, spec]) => [keptOrderKey(table, name), spec]));
  }

  /**
   * Keeps each index's order given, sealed like the rows (at close, when nothing is written after it), in place of any
   * the file holds for that index: the next start restores it instead of sorting every row's indexed values. The orders
   * held already (see `keptOrders`) are left in place.
   */
  keepIndexOrders(orders: ReadonlyArray<{ table: string; name: string; spec: string; order: IndexOrder }>): void {
    if (orders.length === 0) return;
    mkdirSync(this.ordersDir, { recursive: true, mode: 0o700 });
    const insert = this.db.prepare('INSERT OR REPLACE INTO index_orders (tbl, name, spec, file) VALUES (?, ?, ?, ?)');
    const written: string[] = [];
    try {
      for (const { table, name, order } of orders) {
        const file = `${table}-${randomBytes(8).toString('hex')}.order`;
        writeFileSync(join(this.ordersDir, file), this.codec.encodeOrder(table, name, JSON.stringify(order)), { mode: 0o600, flag: 'wx' });
        written.push(file);
      }
      this.db.transaction(() => {
        orders.forEach(({ table, name, spec }, i) => {
          const replaced = this.keptOrder.get(table, name) as string | undefined;
          if (replaced !== undefined) this.unnamed.push(replaced);
          insert.run(table, name, spec, written[i]);
        });
      })();
    } catch (error) {
      this.unnamed = written;
      throw error;
    } finally {
      this.removeUnnamed();
      this.keptTables = this.tablesWithOrders();
    }
  }

  /** One row's indexed values, read when first needed (rows are loaded by id only). */
  readKeys(table: string, id: string): StoredKeys | undefined {
    const sealed = this.statementsFor(table).readKeys.get(id) as string | undefined;
    return sealed === undefined ? undefined : (JSON.parse(this.codec.decode(table, id, sealed, 'keys')) as StoredKeys);
  }

  /** One document as JSON, read when first needed (documents are loaded unopened). */
  readDocument(table: string, id: string): string | undefined {
    const stored = this.statementsFor(table).read.get(id) as string | undefined;
    return stored === undefined ? undefined : this.codec.decode(table, id, stored);
  }

  /** The highest table number in use, so new collection states get fresh tables. */
  lastTableNumber(): number {
    let last = 0;
    for (const table of this.tables) last = Math.max(last, Number(TABLE.exec(table)?.[1] ?? 0));
    return last;
  }

  /** Writes a unit's changes in one transaction: all of them or, on any failure, none. */
  commit(entries: readonly JournalEntry[]): void {
    if (entries.length === 0) return;
    try {
      this.commitEntries(entries);
      this.unlinkUnnamed();
      this.checkpoint ??= setTimeout(() => this.checkpointNow(), this.checkpointMs).unref();
    } catch (error) {
      // Tables created or dropped in the transaction were rolled back with it, and so was the orders' deletion.
      this.unnamed = [];
      this.keptTables = this.tablesWithOrders();
      this.tables.clear();
      this.statements.clear();
      for (const table of this.existingTables()) this.tables.add(table);
      throw error;
    }
  }

  /**
   * Writes the WAL into the file and truncates it: no superseded version of a page is left outside the file. Order files
   * still being unlinked are removed now too.
   */
  checkpointNow(): void {
    clearTimeout(this.checkpoint);
    this.checkpoint = undefined;
    if (this.db.open) this.db.pragma('wal_checkpoint(TRUNCATE)');
    for (const path of this.unlinking) rmSync(path, { force: true });
  }

  /** Unlinks, off the event loop, the order files whose rows the last transaction deleted. */
  private unlinkUnnamed(): void {
    for (const file of this.unnamed) {
      const path = join(this.ordersDir, file);
      this.unlinking.add(path);
      void rm(path, { force: true })
        // Left for the next open's sweep (`removeStrayOrderFiles`) if it fails.
        .catch(() => undefined)
        .finally(() => this.unlinking.delete(path));
    }
    this.unnamed = [];
  }

  /** Removes at once the order files no row names any longer (at close, where nothing waits on the event loop). */
  private removeUnnamed(): void {
    for (const file of this.unnamed) rmSync(join(this.ordersDir, file), { force: true });
    this.unnamed = [];
  }

  close(): void {
    if (!this.db.open) return;
    this.checkpointNow();
    this.db.close();
  }

  /**
   * The tables whose rows these entries change or drop: orders taken before no longer describe them. Other tables keep
   * theirs, a renamed table included (same rows under another name), and so does a table that only gains an index.
   */
  private deleteOrdersOf(entries: readonly JournalEntry[]): void {
    const changed = new Set<string>();
    for (const entry of entries) {
      if (entry.kind === 'doc' || entry.kind === 'drop') changed.add(entry.state.table);
      else if (entry.kind === 'rename' && entry.replaced) changed.add(entry.replaced.table);
    }
    for (const table of changed) {
      if (!this.keptTables.has(table)) continue;
      this.deleteOrderRows(table);
      this.keptTables.delete(table);
    }
  }

  /** Deletes a table's order rows; their files go once the transaction commits (see `unlinkUnnamed`). */
  private deleteOrderRows(table: string): void {
    const files = this.db.prepare('SELECT file FROM index_orders WHERE tbl = ?').pluck().all(table) as string[];
    if (files.length === 0) return;
    this.db.prepare('DELETE FROM index_orders WHERE tbl = ?').run(table);
    this.unnamed.push(...files);
  }

  private apply(entries: readonly JournalEntry[]): void {
    if (this.keptTables.size > 0) this.deleteOrdersOf(entries);
    // Only a document's last change in the unit is written.
    const last = new Map<PersistedState, Map<string, number>>();
    entries.forEach((entry, i) => {
      if (entry.kind !== 'doc') return;
      let ids = last.get(entry.state);
      if (!ids) last.set(entry.state, (ids = new Map()));
      ids.set(entry.id, i);
    });
    entries.forEach((entry, i) => {
      switch (entry.kind) {
        case 'doc': {
          if (last.get(entry.state)?.get(entry.id) !== i) return;
          const { table, specs } = entry.state;
          const statements = this.statementsFor(table);
          if (!entry.after) {
            statements.removeKeys.run(entry.id);
            statements.removeDoc.run(entry.id);
            return;
          }
          const fields = indexedFields(specs);
          const keys: StoredKeys = [fields, indexedFieldsOf(entry.after, fields)];
          statements.upsertKeys.run(entry.id, this.codec.encode(table, entry.id, JSON.stringify(keys), 'keys'));
          statements.upsertDoc.run(entry.id, this.codec.encode(table, entry.id, JSON.stringify(entry.after)));
          return;
        }
        case 'create':
          this.ensureTable(entry.state.table);
          this.bindName(entry.name, entry.state);
          return;
        case 'drop':
          if (this.tableOf.get(entry.name) === entry.state.table) this.unbind.run(entry.name);
          this.dropTable(entry.state.table);
          return;
        case 'rename':
          if (entry.replaced) this.dropTable(entry.replaced.table);
          this.unbind.run(entry.from);
          this.bindName(entry.to, entry.state);
          return;
        case 'index':
          this.setIndexes.run(JSON.stringify(entry.state.specs), entry.state.table);
          return;
      }
    });
  }

  /** Names `state`'s table `name`; a table that had the name before goes. */
  private bindName(name: string, state: PersistedState): void {
    const previous = this.tableOf.get(name) as string | undefined;
    if (previous !== undefined && previous !== state.table) this.dropTable(previous);
    this.bind.run(name, state.table, JSON.stringify(state.specs));
  }

  private statementsFor(table: string): TableStatements {
    let statements = this.statements.get(table);
    if (!statements) {
      this.ensureTable(table);
      statements = {
        // ON CONFLICT DO UPDATE keeps the row's rowid, so a rewritten document keeps its place in the natural order.
        upsertKeys: this.db.prepare(`INSERT INTO ${table} (id, keys) VALUES (?, ?) ON CONFLICT (id) DO UPDATE SET keys = excluded.keys`),
        upsertDoc: this.db.prepare(`INSERT INTO ${table}_doc (id, doc) VALUES (?, ?) ON CONFLICT (id) DO UPDATE SET doc = excluded.doc`),
        removeKeys: this.db.prepare(`DELETE FROM ${table} WHERE id = ?`),
        removeDoc: this.db.prepare(`DELETE FROM ${table}_doc WHERE id = ?`),
        read: this.db.prepare(`SELECT doc FROM ${table}_doc WHERE id = ?`).pluck(),
        readKeys: this.db.prepare(`SELECT keys FROM ${table} WHERE id = ?`).pluck(),
      };
      this.statements.set(table, statements);
    }
    return statements;
  }

  private ensureTable(table: string): void {
    if (this.tables.has(table)) return;
    if (!TABLE.test(table)) throw new Error(`not a read-model table: ${table}`);
    this.db.exec(`CREATE TABLE IF NOT EXISTS ${table} (id TEXT PRIMARY KEY, keys TEXT NOT NULL)`);
    this.db.exec(`CREATE TABLE IF NOT EXISTS ${table}_doc (id TEXT PRIMARY KEY, doc TEXT NOT NULL)`);
    this.tables.add(table);
  }

  private dropTable(table: string): void {
    if (!TABLE.test(table)) throw new Error(`not a read-model table: ${table}`);
    this.statements.delete(table);
    this.deleteOrderRows(table);
    this.db.exec(`DROP TABLE IF EXISTS ${table}`);
    this.db.exec(`DROP TABLE IF EXISTS ${table}_doc`);
    this.tables.delete(table);
  }

  private existingTables(): string[] {
    const names = this.db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").pluck().all() as string[];
    return names.filter((name) => TABLE.test(name));
  }
}

/** The file and the WAL and shared-memory files beside it. */
export const readModelFiles = (file: string): string[] => [file, `${file}-wal`, `${file}-shm`, `${file}-journal`];

/** Removes the file, the files beside it and its kept index orders: derived data, rebuilt from the log. */
export function discardReadModelFile(file: string): void {
  for (const path of readModelFiles(file)) rmSync(path, { force: true });
  rmSync(`${file}.orders`, { recursive: true, force: true });
}

function restrictToOwner(file: string): void {
  for (const path of readModelFiles(file)) if (existsSync(path)) chmodSync(path, 0o600);
}

/** A read-model file of an earlier layout: derived data, discarded by the store and rebuilt from the log. */
export class OutdatedReadModelFile extends Error {
  constructor(file: string, format: number) {
    super(`${file} has read-model layout ${format}, not ${READ_MODEL_FILE_FORMAT}`);
  }
}
