import Database from 'better-sqlite3';
import { chmodSync, existsSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { migrate } from './schema';

export interface OpenDatabaseOptions {
  readonly file: string;
  /** How long to wait for another connection's write lock before failing. */
  readonly busyTimeoutMs?: number;
}

/** Opens (creating if needed) the event database with the durability settings an event store needs. */
export function openDatabase({ file, busyTimeoutMs = 5000 }: OpenDatabaseOptions): Database.Database {
  // The log holds personal data: its directory and files are the owner's alone.
  mkdirSync(dirname(file), { recursive: true, mode: 0o700 });
  chmodSync(dirname(file), 0o700);
  const db = new Database(file, { timeout: busyTimeoutMs });
  try {
    // SQLite creates the -wal and -shm files with the database file's permissions.
    restrictToOwner(file);
    // WAL: readers never block the writer, and a commit is one sequential append to the log.
    db.pragma('journal_mode = WAL');
    // NORMAL: a COMMIT does not wait for the disk; the store fsyncs the WAL off the event loop (WalSync) and
    // acknowledges appends only after that, so what it acknowledges is as durable as with FULL.
    db.pragma('synchronous = NORMAL');
    db.pragma('foreign_keys = ON');
    migrate(db);
    restrictToOwner(file);
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

function restrictToOwner(file: string): void {
  for (const path of [file, `${file}-wal`, `${file}-shm`]) if (existsSync(path)) chmodSync(path, 0o600);
}
