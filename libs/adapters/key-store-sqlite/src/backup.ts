import Database from 'better-sqlite3';
import { chmodSync, existsSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { type KeyDatabaseSummary, summariseKeys } from './sqlite-key-store';

/**
 * A consistent copy of the data-key database while the service uses it: SQLite's online backup API reads the pages
 * under its own transaction, so the commits still in the WAL are included (copying the file alone would lose them,
 * and could pair a new key with a torn page). The copy is the owner's only and a single file (rollback journal, no
 * WAL): the next open of a restored copy by the key store turns WAL on again. Freed pages are copied as they are, and
 * `secure_delete` has zeroed them in the source: a destroyed key is not in the copy either.
 *
 * The event store has its own helper (`backupEventDatabase`): adapters do not depend on one another.
 */
export async function backupKeyDatabase(source: string, destination: string): Promise<{ pages: number } & KeyDatabaseSummary> {
  if (!existsSync(source)) throw new Error(`no data-key database at ${source}`);
  mkdirSync(dirname(destination), { recursive: true, mode: 0o700 });
  const db = new Database(source, { readonly: true, fileMustExist: true });
  let pages: number;
  try {
    pages = (await db.backup(destination)).totalPages;
  } finally {
    db.close();
  }
  chmodSync(destination, 0o600);
  const copy = new Database(destination, { fileMustExist: true });
  try {
    copy.pragma('journal_mode = DELETE');
    return { pages, ...summariseKeys(copy) };
  } finally {
    copy.close();
  }
}
