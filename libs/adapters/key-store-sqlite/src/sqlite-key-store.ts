import Database from 'better-sqlite3';
import { chmodSync, existsSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { findOrMakeDataKey, type KeyEncryptionKey, type KeyStore, newDataKey, unwrapKey, wrapKey } from '@pdr/application';

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

type KeyRow = { subject: string; wrapped: Buffer | null; kek_id: string | null; destroyed_at: string | null };

/**
 * The embedded key store: data keys wrapped by the KEK in a SQLite file of its own. A destroyed key's row keeps only
 * the fact and time of destruction; `secure_delete` overwrites the freed bytes so the wrapped key is not left in the file.
 */
export class SqliteKeyStore implements KeyStore {
  private readonly db: Database.Database;
  private kek: KeyEncryptionKey;
  private readonly cache = new Map<string, Buffer>();

  constructor(options: SqliteKeyStoreOptions) {
    mkdirSync(dirname(options.file), { recursive: true, mode: 0o700 });
    this.db = new Database(options.file, options.exclusive ? { timeout: 0 } : {});
    for (const path of [options.file, `${options.file}-wal`, `${options.file}-shm`]) if (existsSync(path)) chmodSync(path, 0o600);
    if (options.exclusive) this.lockExclusively(options.file);
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('synchronous = FULL');
    this.db.pragma('secure_delete = ON');
    this.db.exec(`CREATE TABLE IF NOT EXISTS data_keys (
      subject TEXT PRIMARY KEY, wrapped BLOB, kek_id TEXT, created_at TEXT NOT NULL, destroyed_at TEXT
    ) STRICT`);
    this.kek = options.kek;
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

  dataKey(subject: string): Promise<Buffer> {
    return findOrMakeDataKey(
      subject,
      () => this.findDataKey(subject),
      async () => {
        this.db.prepare('INSERT OR IGNORE INTO data_keys (subject, wrapped, kek_id, created_at) VALUES (?, ?, ?, ?)').run(subject, wrapKey(this.kek, subject, newDataKey()), this.kek.id, new Date().toISOString());
      },
    );
  }

  async findDataKey(subject: string): Promise<Buffer | 'destroyed' | undefined> {
    const cached = this.cache.get(subject);
    if (cached) return cached;
    const row = this.db.prepare('SELECT subject, wrapped, kek_id, destroyed_at FROM data_keys WHERE subject = ?').get(subject) as KeyRow | undefined;
    if (!row) return undefined;
    if (row.destroyed_at !== null || row.wrapped === null) return 'destroyed';
    if (row.kek_id !== this.kek.id) throw new Error(`the data key of ${subject} is wrapped by KEK ${row.kek_id}, not the configured ${this.kek.id}: finish the rotation`);
    const key = unwrapKey(this.kek, subject, row.wrapped);
    this.cache.set(subject, key);
    return key;
  }

  async destroy(subject: string, at: Date): Promise<void> {
    this.cache.delete(subject);
    this.db
      .prepare(`INSERT INTO data_keys (subject, wrapped, kek_id, created_at, destroyed_at) VALUES (?, NULL, NULL, ?, ?)
                ON CONFLICT(subject) DO UPDATE SET wrapped = NULL, kek_id = NULL, destroyed_at = COALESCE(destroyed_at, excluded.destroyed_at)`)
      .run(subject, at.toISOString(), at.toISOString());
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
    if (this.db.open) this.db.close();
  }
}

export function summariseKeys(db: Database.Database): KeyDatabaseSummary {
  const rows = db.prepare('SELECT kek_id, count(*) AS n FROM data_keys WHERE wrapped IS NOT NULL GROUP BY kek_id ORDER BY kek_id').all() as { kek_id: string; n: number }[];
  const { destroyed } = db.prepare('SELECT count(*) AS destroyed FROM data_keys WHERE wrapped IS NULL').get() as { destroyed: number };
  return { keys: rows.reduce((sum, row) => sum + row.n, 0), destroyed, wrappedBy: Object.fromEntries(rows.map((row) => [row.kek_id, row.n])) };
}
