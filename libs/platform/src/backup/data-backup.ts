import { chmodSync, copyFileSync, existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { backupEventDatabase } from '@pdr/event-store-sqlite';
import type { AppConfig } from '../config/app-config';

const EVENTS_FILE = 'events.sqlite';
const KEYS_DIR = 'identity';

export interface BackupManifest {
  readonly takenAt: string;
  readonly log: { readonly file: string; readonly pages: number };
  readonly keys: { readonly files: readonly string[] };
}

/**
 * An online backup of the embedded default: the event log into `<target>/log`, the keys (signing keys, the server key
 * client secrets derive from) into `<target>/keys`. They are kept apart because the keys are what make the log's
 * protected content readable: a stolen log without its keys discloses less, so store the two in different places.
 */
export async function backupDataDir(config: AppConfig, target: string, now: Date): Promise<BackupManifest> {
  if (config.eventStoreConnectionString) throw new Error('the event log is in EventStoreDB: back it up with EventStoreDB\'s own tools');
  const logDir = join(target, 'log');
  const keysDir = join(target, 'keys');
  for (const dir of [target, logDir, keysDir]) mkdirSync(dir, { recursive: true, mode: 0o700 });
  const { pages } = await backupEventDatabase(join(config.dataDir, EVENTS_FILE), join(logDir, EVENTS_FILE));
  const files = copyOwnerOnly(join(config.dataDir, KEYS_DIR), keysDir);
  const manifest: BackupManifest = { takenAt: now.toISOString(), log: { file: `log/${EVENTS_FILE}`, pages }, keys: { files: files.map((file) => `keys/${file}`) } };
  writeFileSync(join(target, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`, { mode: 0o600 });
  return manifest;
}

/** Puts a backup back into an empty DATA_DIR (the service stopped): never over a log that exists. */
export function restoreDataDir(config: AppConfig, source: string): void {
  if (config.eventStoreConnectionString) throw new Error('the event log is in EventStoreDB: restore it with EventStoreDB\'s own tools');
  const log = join(source, 'log', EVENTS_FILE);
  if (!existsSync(log)) throw new Error(`no backup at ${source}: ${log} is missing`);
  if (existsSync(join(config.dataDir, EVENTS_FILE))) throw new Error(`${config.dataDir} already holds an event log: restore into an empty DATA_DIR`);
  mkdirSync(config.dataDir, { recursive: true, mode: 0o700 });
  chmodSync(config.dataDir, 0o700);
  copyFileSync(log, join(config.dataDir, EVENTS_FILE));
  chmodSync(join(config.dataDir, EVENTS_FILE), 0o600);
  mkdirSync(join(config.dataDir, KEYS_DIR), { recursive: true, mode: 0o700 });
  copyOwnerOnly(join(source, 'keys'), join(config.dataDir, KEYS_DIR));
}

function copyOwnerOnly(from: string, to: string): string[] {
  if (!existsSync(from)) return [];
  const files = readdirSync(from, { withFileTypes: true }).filter((entry) => entry.isFile()).map((entry) => entry.name);
  for (const file of files) {
    copyFileSync(join(from, file), join(to, file));
    chmodSync(join(to, file), 0o600);
  }
  return files;
}
