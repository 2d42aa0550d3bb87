import Database from 'better-sqlite3';
import { chmodSync, existsSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { WalSync } from '@pdr/sqlite-support';
import { DataKeyDestroyedError, type KeyEncryptionKey, type KeyStore, newDataKey, openStoredKey, unwrapKey, wrapKey } from '@pdr/application';

export interface SqliteKeyStoreOptions {
  /** A file of its own, beside (never inside) the event database. */
  readonly file: string;
  readonly kek: KeyEncryptionKey;
  /**
   * Holds the file for this connection alone until closed (maintenance, e.g. a KEK rotation): refused at once while
   * another process, such as the running service, has it open, and no other process can open it meanwhile.
   */
  readonly exclusive?: boolean;
}

/** What a data-key database holds: live keys by the KEK that wraps them, and how many were destroyed. */
export interface KeyDatabaseSummary {
  readonly keys: number;
  readonly destroyed: number;
  /** Live keys per KEK id: a single id once a rotation is finished. */
  readonly wrappedBy: Readonly<Record<string, number>>;
}

/** Keys read at once by `findDataKeys` (SQLite allows many more parameters; the statement is cached per size). */
const LOOKUP_BATCH = 200;

type KeyRequest = { subject: string; resolve: (key: Buffer) => void; reject: (error: unknown) => void };

type KeyRow = { subject: string; wrapped: Buffer | null; kek_id: string | null; destroyed_at: string | null };

/**
 * The embedded key store: data keys wrapped by the KEK in a SQLite file of its own. A destroyed key's row keeps only
 * the fact and time of destruction; `secure_delete` overwrites the freed bytes so the wrapped key is not left in the file.
 */
export class SqliteKeyStore implements KeyStore {
  private readonly db: Database.Database;
  private readonly walSync: WalSync;
  private kek: KeyEncryptionKey;
  private readonly cache = new Map<string, Buffer | 'destroyed'>();
  private readonly statements = new Map<string, Database.Statement>();
  private readonly making = new Map<string, Promise<Buffer>>();
  private readonly toMake: KeyRequest[] = [];

  constructor(options: SqliteKeyStoreOptions) {
    mkdirSync(dirname(options.file), { recursive: true, mode: 0o700 });
    this.db = new Database(options.file, options.exclusive ? { timeout: 0 } : {});
    for (const path of [options.file, `${options.file}-wal`, `${options.file}-shm`]) if (existsSync(path)) chmodSync(path, 0o600);
    if (options.exclusive) this.lockExclusively(options.file);
    this.db.pragma('journal_mode = WAL');
    // NORMAL: a new key's COMMIT does not wait for the disk; the WAL is fsynced off the event loop (WalSync) before
    // the key is handed out, so no event is ever sealed with a key a power cut could lose. Destruction and rewrapping
    // checkpoint the WAL (TRUNCATE), which waits for the disk itself.
    this.db.pragma('synchronous = NORMAL');
    this.db.pragma('secure_delete = ON');
    this.db.exec(`CREATE TABLE IF NOT EXISTS data_keys (
      subject TEXT PRIMARY KEY, wrapped BLOB, kek_id TEXT, created_at TEXT NOT NULL, destroyed_at TEXT
    ) STRICT`);
    this.kek = options.kek;
    this.walSync = new WalSync(options.file);
  }

  private lockExclusively(file: string): void {
    try {
      this.db.pragma('locking_mode = EXCLUSIVE');
      // The lock is taken by the first transaction and, in this mode, kept until the connection closes.
      this.db.exec('BEGIN EXCLUSIVE; COMMIT');
    } catch (error) {
      this.db.close();
      if ((error as { code?: string }).code?.startsWith('SQLITE_BUSY')) throw new Error(`${file} is open in another process (is the service running? stop it first)`);
      throw error;
    }
  }

  /**
   * Keys asked for in the same turn of the event loop are made in one transaction (one fsync): a filing's Complainant
   * and file keys together, and concurrent filings' keys together. A key is durable before it is handed out: until its
   * fsync is done, everyone asking for it waits for the same promise.
   */
  dataKey(subject: string): Promise<Buffer> {
    const making = this.making.get(subject);
    if (making) return making;
    const found = this.lookup(subject);
    if (found === 'destroyed') return Promise.reject(new DataKeyDestroyedError(subject));
    if (found) return Promise.resolve(found);
    let pending = this.making.get(subject);
    if (!pending) {
      pending = new Promise<Buffer>((resolve, reject) => this.toMake.push({ subject, resolve, reject }));
      this.making.set(subject, pending);
      if (this.toMake.length === 1) setImmediate(() => this.makeQueued());
    }
    return pending;
  }

  async findDataKey(subject: string): Promise<Buffer | 'destroyed' | undefined> {
    return this.lookup(subject);
  }

  async findDataKeys(subjects: readonly string[]): Promise<Map<string, Buffer | 'destroyed' | undefined>> {
    const missing = subjects.filter((subject) => !this.cache.has(subject));
    // The keys not in memory are read a few hundred at a time (a cold start reads one per Complainant and file).
    for (let start = 0; start < missing.length; start += LOOKUP_BATCH) {
      const batch = missing.slice(start, start + LOOKUP_BATCH);
      const sql = `SELECT subject, wrapped, kek_id, destroyed_at FROM data_keys WHERE subject IN (${batch.map(() => '?').join(',')})`;
      for (const row of this.statement(sql).all(...batch) as KeyRow[]) this.remember(row);
    }
    return new Map(subjects.map((subject) => [subject, this.cache.get(subject)]));
  }

  private makeQueued(): void {
    const batch = this.toMake.splice(0);
    try {
      const insert = this.statement('INSERT OR IGNORE INTO data_keys (subject, wrapped, kek_id, created_at) VALUES (?, ?, ?, ?)');
      const now = new Date().toISOString();
      this.db.transaction(() => {
        for (const { subject } of batch) insert.run(subject, wrapKey(this.kek, subject, newDataKey()), this.kek.id, now);
      })();
    } catch (error) {
      this.settle(batch, error);
      return;
    }
    void this.walSync.sync().then(
      () => this.settle(batch),
      (error: unknown) => this.settle(batch, error),
    );
  }

  /**
   * Hands out the keys made (read back: with another process racing on the same subject, the first key written is
   * everyone's; a key destroyed while its fsync ran is refused), or refuses them all with `error`.
   */
  private settle(batch: readonly KeyRequest[], error?: unknown): void {
    for (const { subject, resolve, reject } of batch) {
      this.making.delete(subject);
      if (error !== undefined) {
        // Not known to be on disk: not remembered as made.
        this.cache.delete(subject);
        reject(error);
        continue;
      }
      try {
        const key = this.lookup(subject);
        if (key instanceof Buffer) resolve(key);
        else reject(new DataKeyDestroyedError(subject));
      } catch (failed) {
        reject(failed);
      }
    }
  }

  /** The key, from memory once read: destruction is final, so `destroyed` is remembered too. */
  private lookup(subject: string): Buffer | 'destroyed' | undefined {
    const cached = this.cache.get(subject);
    if (cached) return cached;
    const row = this.statement('SELECT subject, wrapped, kek_id, destroyed_at FROM data_keys WHERE subject = ?').get(subject) as KeyRow | undefined;
    return row ? this.remember(row) : undefined;
  }

  private remember(row: KeyRow): Buffer | 'destroyed' {
    // Destruction is final: remembered like a key.
    const key = openStoredKey(this.kek, { subject: row.subject, wrapped: row.wrapped, kekId: row.kek_id, destroyed: row.destroyed_at !== null });
    this.cache.set(row.subject, key);
    return key;
  }

  private statement(sql: string): Database.Statement {
    let prepared = this.statements.get(sql);
    if (!prepared) {
      prepared = this.db.prepare(sql);
      this.statements.set(sql, prepared);
    }
    return prepared;
  }

  async destroy(subject: string, at: Date): Promise<void> {
    this.cache.delete(subject);
    this.db
      .prepare(`INSERT INTO data_keys (subject, wrapped, kek_id, created_at, destroyed_at) VALUES (?, NULL, NULL, ?, ?)
                ON CONFLICT(subject) DO UPDATE SET wrapped = NULL, kek_id = NULL, destroyed_at = COALESCE(destroyed_at, excluded.destroyed_at)`)
      .run(subject, at.toISOString(), at.toISOString());
    this.cache.set(subject, 'destroyed');
    // Push the overwritten page out of the WAL into the main file (where secure_delete zeroed it).
    this.db.pragma('wal_checkpoint(TRUNCATE)');
  }

  async rewrap(newKek: Buffer, newKekId: string): Promise<number> {
    const next: KeyEncryptionKey = { id: newKekId, key: newKek };
    const rows = this.db.prepare('SELECT subject, wrapped, kek_id, destroyed_at FROM data_keys WHERE wrapped IS NOT NULL').all() as KeyRow[];
    const update = this.db.prepare('UPDATE data_keys SET wrapped = ?, kek_id = ? WHERE subject = ?');
    this.db.transaction(() => {
      for (const row of rows) {
        const key = row.kek_id === next.id ? unwrapKey(next, row.subject, row.wrapped!) : unwrapKey(this.kek, row.subject, row.wrapped!);
        update.run(wrapKey(next, row.subject, key), next.id, row.subject);
      }
    })();
    this.kek = next;
    this.db.pragma('wal_checkpoint(TRUNCATE)');
    return rows.length;
  }

  /** Counts the keys without unwrapping any. */
  async summary(): Promise<KeyDatabaseSummary> {
    return summariseKeys(this.db);
  }

  async health(): Promise<{ ok: boolean; detail?: string }> {
    try {
      this.db.prepare('SELECT 1').get();
      return { ok: true };
    } catch (error) {
      return { ok: false, detail: (error as Error).message };
    }
  }

  async close(): Promise<void> {
    this.cache.clear();
    await Promise.allSettled([...this.making.values()]);
    await this.walSync.close();
    if (this.db.open) this.db.close();
  }
}

export function summariseKeys(db: Database.Database): KeyDatabaseSummary {
  const rows = db.prepare('SELECT kek_id, count(*) AS n FROM data_keys WHERE wrapped IS NOT NULL GROUP BY kek_id ORDER BY kek_id').all() as { kek_id: string; n: number }[];
  const { destroyed } = db.prepare('SELECT count(*) AS destroyed FROM data_keys WHERE wrapped IS NULL').get() as { destroyed: number };
  return { keys: rows.reduce((sum, row) => sum + row.n, 0), destroyed, wrappedBy: Object.fromEntries(rows.map((row) => [row.kek_id, row.n])) };
}
