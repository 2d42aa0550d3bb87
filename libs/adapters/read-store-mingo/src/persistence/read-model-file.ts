import Database from 'better-sqlite3';
import type { IndexSpec } from '@pdr/application';
import { chmodSync, existsSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type { JournalEntry, PersistedState } from './journal';
import { openField, sealField } from '@pdr/application';

/**
 * How a document is written to the file: sealed with the read models' own data key (AES-256-GCM, bound to its table
 * and id) so the file holds no readable personal data at rest, as the log does not; without a key, as plain JSON.
 */
interface RowCodec {
  encode(table: string, id: string, json: string): string;
  decode(table: string, id: string, stored: string): string;
}

const PLAIN: RowCodec = { encode: (_table, _id, json) => json, decode: (_table, _id, stored) => stored };

function sealedRows(key: Buffer): RowCodec {
  const binding = (table: string, id: string) => `read-model\u0000${table}\u0000${id}`;
  return { encode: (table, id, json) => sealField(key, binding(table, id), json), decode: (table, id, stored) => openField(key, binding(table, id), stored) };
}

/** A persisted collection, as found at open. */
export interface StoredCollection {
  readonly name: string;
  readonly table: string;
  readonly specs: IndexSpec[];
  /** `[_id, JSON]` pairs in insertion order (the in-memory store's natural order). */
  rows(): IterableIterator<[string, string]>;
}

const TABLE = /^rm_(\d+)$/;

/**
 * The SQLite file behind the persisting read store: a catalog (collection name → table, declared indexes) and one
 * table per collection (`_id` → document as JSON). Tables are per collection *state*, not per name, so a rename is one
 * catalog row and a drop one DROP TABLE. A table no catalog row names (left by a unit that was undone after another
 * wrote to it) is dropped at open.
 *
 * Rollback journal (TRUNCATE), not WAL: a WAL keeps the old versions of changed pages until a checkpoint, so an erased
 * value would outlive its erasure there; with `secure_delete` the freed bytes of a deleted or rewritten document are
 * zeroed in the file itself, and the journal is truncated at each commit. `synchronous = FULL`: a power loss cannot
 * corrupt the file (the read models could be rebuilt from the log, but that is the slow start this file avoids).
 */
export class ReadModelFile {
  private readonly tables = new Set<string>();
  private readonly statements = new Map<string, { upsert: Database.Statement; remove: Database.Statement }>();
  private readonly bind: Database.Statement;
  private readonly unbind: Database.Statement;
  private readonly tableOf: Database.Statement;
  private readonly setIndexes: Database.Statement;
  private readonly commitEntries: (entries: readonly JournalEntry[]) => void;

  private constructor(
    private readonly db: Database.Database,
    private readonly codec: RowCodec,
  ) {
    db.exec('CREATE TABLE IF NOT EXISTS collections (name TEXT PRIMARY KEY, tbl TEXT NOT NULL UNIQUE, indexes TEXT NOT NULL)');
    this.bind = db.prepare('INSERT INTO collections (name, tbl, indexes) VALUES (?, ?, ?) ON CONFLICT (name) DO UPDATE SET tbl = excluded.tbl, indexes = excluded.indexes');
    this.unbind = db.prepare('DELETE FROM collections WHERE name = ?');
    this.tableOf = db.prepare('SELECT tbl FROM collections WHERE name = ?').pluck();
    this.setIndexes = db.prepare('UPDATE collections SET indexes = ? WHERE tbl = ?');
    for (const table of this.existingTables()) this.tables.add(table);
    this.commitEntries = db.transaction((entries: readonly JournalEntry[]) => this.apply(entries));
  }

  /** Opens (creating if needed) the file, the owner's alone like every file under DATA_DIR (read models hold personal data). */
  static open(file: string, key?: Buffer): ReadModelFile {
    mkdirSync(dirname(file), { recursive: true, mode: 0o700 });
    const db = new Database(file);
    try {
      restrictToOwner(file);
      db.pragma('journal_mode = TRUNCATE');
      db.pragma('synchronous = FULL');
      db.pragma('secure_delete = ON');
      const opened = new ReadModelFile(db, key ? sealedRows(key) : PLAIN);
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
    return catalog.map(({ name, tbl, indexes }) => {
      this.ensureTable(tbl);
      const select = this.db.prepare(`SELECT id, doc FROM ${tbl} ORDER BY rowid`).raw();
      const codec = this.codec;
      function* rows(): IterableIterator<[string, string]> {
        for (const [id, stored] of select.iterate() as IterableIterator<[string, string]>) yield [id, codec.decode(tbl, id, stored)];
      }
      return { name, table: tbl, specs: JSON.parse(indexes) as IndexSpec[], rows };
    });
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
    } catch (error) {
      // Tables created or dropped in the transaction were rolled back with it.
      this.tables.clear();
      this.statements.clear();
      for (const table of this.existingTables()) this.tables.add(table);
      throw error;
    }
  }

  close(): void {
    if (this.db.open) this.db.close();
  }

  private apply(entries: readonly JournalEntry[]): void {
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
          const statements = this.statementsFor(entry.state.table);
          if (entry.after) statements.upsert.run(entry.id, this.codec.encode(entry.state.table, entry.id, JSON.stringify(entry.after)));
          else statements.remove.run(entry.id);
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

  private statementsFor(table: string): { upsert: Database.Statement; remove: Database.Statement } {
    let statements = this.statements.get(table);
    if (!statements) {
      this.ensureTable(table);
      statements = {
        upsert: this.db.prepare(`INSERT INTO ${table} (id, doc) VALUES (?, ?) ON CONFLICT (id) DO UPDATE SET doc = excluded.doc`),
        remove: this.db.prepare(`DELETE FROM ${table} WHERE id = ?`),
      };
      this.statements.set(table, statements);
    }
    return statements;
  }

  private ensureTable(table: string): void {
    if (this.tables.has(table)) return;
    if (!TABLE.test(table)) throw new Error(`not a read-model table: ${table}`);
    this.db.exec(`CREATE TABLE IF NOT EXISTS ${table} (id TEXT PRIMARY KEY, doc TEXT NOT NULL)`);
    this.tables.add(table);
  }

  private dropTable(table: string): void {
    if (!TABLE.test(table)) throw new Error(`not a read-model table: ${table}`);
    this.statements.delete(table);
    this.db.exec(`DROP TABLE IF EXISTS ${table}`);
    this.tables.delete(table);
  }

  private existingTables(): string[] {
    const names = this.db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").pluck().all() as string[];
    return names.filter((name) => TABLE.test(name));
  }
}

function restrictToOwner(file: string): void {
  for (const path of [file, `${file}-journal`]) if (existsSync(path)) chmodSync(path, 0o600);
}
