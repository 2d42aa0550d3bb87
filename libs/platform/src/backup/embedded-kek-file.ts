import { closeSync, existsSync, fsyncSync, openSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { KeyEncryptionKey } from '@pdr/application';
import type { AppConfig } from '../config/app-config';

/** The embedded default's keys: a directory beside the event database, never inside it. */
export const KEYS_DIR = 'keys';
export const DATA_KEYS_FILE = 'data-keys.sqlite';
/** The embedded default's KEK, as `open-key-store.ts` makes and reads it: `{ "id": …, "key": <base64> }`, 0600. */
export const KEK_FILE = 'key-encryption-key.json';
/** A rotation's new KEK, on disk before any data key is wrapped under it; renamed over KEK_FILE once all are. */
export const STAGED_KEK_FILE = 'key-encryption-key.next.json';

/** Where the embedded default keeps its key store and KEK. */
export function embeddedKeyFiles(config: AppConfig): { dir: string; dataKeys: string; kek: string; stagedKek: string } {
  const dir = join(config.dataDir, KEYS_DIR);
  return { dir, dataKeys: join(dir, DATA_KEYS_FILE), kek: join(dir, KEK_FILE), stagedKek: join(dir, STAGED_KEK_FILE) };
}

export function readKekFile(file: string): KeyEncryptionKey {
  const stored = JSON.parse(readFileSync(file, 'utf8')) as { id?: unknown; key?: unknown };
  const key = typeof stored.key === 'string' ? Buffer.from(stored.key, 'base64') : Buffer.alloc(0);
  if (typeof stored.id !== 'string' || key.length !== 32) throw new Error(`${file} is not a key-encryption key file`);
  return { id: stored.id, key };
}

/**
 * Writes a KEK file so that a crash leaves either the old file or the new one, whole: a temporary file beside it,
 * flushed, renamed over it, and the rename flushed with the directory.
 */
export function writeKekFileAtomically(file: string, kek: KeyEncryptionKey): void {
  const temporary = join(dirname(file), `.${basename(file)}.tmp`);
  rmSync(temporary, { force: true });
  writeFileSync(temporary, JSON.stringify({ id: kek.id, key: kek.key.toString('base64') }), { mode: 0o600, flag: 'wx' });
  syncFile(temporary);
  renameSync(temporary, file);
  syncFile(dirname(file));
}

/** Renames `from` over `to` (one atomic step) and flushes the directory. */
export function replaceAtomically(from: string, to: string): void {
  if (!existsSync(from)) throw new Error(`${from} is missing`);
  renameSync(from, to);
  syncFile(dirname(to));
}

function syncFile(path: string): void {
  const fd = openSync(path, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}
