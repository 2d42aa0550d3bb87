import Database from 'better-sqlite3';
import { chmodSync, existsSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';

/**
 * A consistent copy of the event database while it serves: SQLite's online backup API reads pages under its own
 * transaction, so the WAL's newest commits are included (copying the file alone would lose them). The copy is the
 * owner's only, and holds no WAL of its own.
 */
export async function backupEventDatabase(source: string, destination: string): Promise<{ pages: number }> {
  if (!existsSync(source)) throw new Error(`no event database at ${source}`);
  mkdirSync(dirname(destination), { recursive: true, mode: 0o700 });
  const db = new Database(source, { readonly: true, fileMustExist: true });
  try {
    const { totalPages } = await db.backup(destination);
    chmodSync(destination, 0o600);
    return { pages: totalPages };
  } finally {
    db.close();
  }
}
