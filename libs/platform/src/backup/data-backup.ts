import { chmodSync, copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { backupEventDatabase } from '@pdr/event-store-sqlite';
import { backupKeyDatabase } from '@pdr/key-store-sqlite';
import type { AppConfig } from '../config/app-config';
import { DATA_KEYS_FILE, embeddedKeyFiles, KEK_FILE, readKekFile, STAGED_KEK_FILE } from './embedded-kek-file';

export { KEK_FILE, STAGED_KEK_FILE } from './embedded-kek-file';
export * from './kek-rotation';

const EVENTS_FILE = 'events.sqlite';
/** The embedded provider's signing keys and the server key client secrets derive from. */
const IDENTITY_DIR = 'identity';

/** The data-key store in a backup: the embedded one copied, or MongoDB's named (backed up with MongoDB's tools). */
export type DataKeysBackup =
  | { readonly store: 'sqlite'; readonly file: string; readonly pages: number; readonly keys: number; readonly destroyed: number; readonly wrappedBy: Readonly<Record<string, number>> }
  | { readonly store: 'mongodb'; readonly database: string; readonly note: string };

/** The KEK that unwraps those data keys: the embedded default's file, copied with them, or configuration's (never copied). */
export type KekBackup = { readonly source: 'file'; readonly id: string; readonly file: string } | { readonly source: 'configuration'; readonly id: string; readonly note: string };

export interface BackupManifest {
  readonly takenAt: string;
  readonly log: { readonly file: string; readonly pages: number };
  readonly keys: {
    /** Every file under `keys/`. */
    readonly files: readonly string[];
    /** `keys/identity/…`: the embedded provider's keys. */
    readonly identity: readonly string[];
    /** Absent when DATA_DIR has no key store yet. */
    readonly dataKeys?: DataKeysBackup;
    readonly kek?: KekBackup;
  };
}

/**
 * An online backup of the embedded default, safe while it serves: the event log into `<target>/log`; the keys into
 * `<target>/keys`: the data-key store with the KEK that wraps it (the embedded default's file; a configured
 * KEY_ENCRYPTION_KEY is never copied) and the embedded provider's keys in `keys/identity`.
 *
 * They are kept apart because classified fields in the log are sealed with the data keys: a stolen log alone
 * discloses none of them, and destroying a data key erases what it sealed in every copy of the log, backups included.
 * So store the two in different places, and keep key backups only briefly: a restored old key would bring back
 * what was erased since (README, "Personal data, keys and backups").
 *
 * The log is copied first: a data key is made before the first event sealed with it is appended, so every sealed
 * value in the copied log has its key in the copied key store, unless the key was destroyed in between, which is
 * erasure taking effect, as it should.
 */
export async function backupDataDir(config: AppConfig, target: string, now: Date): Promise<BackupManifest> {
  if (config.eventStoreConnectionString) throw new Error('the event log is in EventStoreDB: back it up with EventStoreDB\'s own tools');
  const files = embeddedKeyFiles(config);
  if (!config.mongodbUrl && existsSync(files.stagedKek)) throw new Error(`a KEK rotation was interrupted (${files.stagedKek} exists): stop the service and run npm run keys -- rotate to finish it first`);
  const logDir = join(target, 'log');
  const keysDir = join(target, 'keys');
  const identityDir = join(keysDir, IDENTITY_DIR);
  for (const dir of [target, logDir, keysDir, identityDir]) mkdirSync(dir, { recursive: true, mode: 0o700 });

  const { pages } = await backupEventDatabase(join(config.dataDir, EVENTS_FILE), join(logDir, EVENTS_FILE));
  const keys = await backupKeys(config, keysDir);
  const identity = copyOwnerOnly(join(config.dataDir, IDENTITY_DIR), identityDir).map((file) => `keys/${IDENTITY_DIR}/${file}`);

  const manifest: BackupManifest = {
    takenAt: now.toISOString(),
    log: { file: `log/${EVENTS_FILE}`, pages },
    keys: {
      files: [...(keys.dataKeys?.store === 'sqlite' ? [keys.dataKeys.file] : []), ...(keys.kek?.source === 'file' ? [keys.kek.file] : []), ...identity],
      identity,
      ...keys,
    },
  };
  writeFileSync(join(target, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`, { mode: 0o600 });
  return manifest;
}

async function backupKeys(config: AppConfig, keysDir: string): Promise<{ dataKeys?: DataKeysBackup; kek?: KekBackup }> {
  const configured = config.keyEncryptionKey;
  const fromConfiguration = (id: string): KekBackup => ({ source: 'configuration', id, note: 'not in this backup: KEY_ENCRYPTION_KEY (and KEY_ENCRYPTION_KEY_ID) must come from configuration, the secret manager' });
  if (config.mongodbUrl) {
    const database = `${config.mongodbDatabase}-keys`;
    return {
      dataKeys: { store: 'mongodb', database, note: `not in this backup: back up the MongoDB database ${database} with MongoDB's tools (mongodump), apart from the log` },
      ...(configured ? { kek: fromConfiguration(configured.id) } : {}),
    };
  }
  const files = embeddedKeyFiles(config);
  if (!existsSync(files.dataKeys)) return {};
  let kek: KekBackup;
  if (configured) kek = fromConfiguration(configured.id);
  else {
    if (!existsSync(files.kek)) throw new Error(`${files.kek} is missing: the data keys cannot be unwrapped without it`);
    kek = { source: 'file', id: readKekFile(files.kek).id, file: `keys/${KEK_FILE}` };
  }
  const copy = await backupKeyDatabase(files.dataKeys, join(keysDir, DATA_KEYS_FILE));
  const strangers = Object.keys(copy.wrappedBy).filter((id) => id !== kek.id);
  if (strangers.length > 0) throw new Error(`data keys are wrapped by KEK ${strangers.join(', ')}, not the current ${kek.id}: finish the rotation (npm run keys -- rotate) first`);
  // The KEK last: it only changes during a rotation, which runs with the service (and so this backup) stopped.
  if (kek.source === 'file') {
    copyFileSync(files.kek, join(keysDir, KEK_FILE));
    chmodSync(join(keysDir, KEK_FILE), 0o600);
  }
  return { dataKeys: { store: 'sqlite', file: `keys/${DATA_KEYS_FILE}`, pages: copy.pages, keys: copy.keys, destroyed: copy.destroyed, wrappedBy: copy.wrappedBy }, kek };
}

export interface RestoreReport {
  /** Whether data keys were restored; without them, every classified field of the log reads `[unreadable]`. */
  readonly dataKeys: boolean;
  /** Where the KEK comes from: the backup's file, configuration, or nowhere (no data keys). */
  readonly kek: 'file' | 'configuration' | 'none';
  readonly identityFiles: number;
  /** The key store is MongoDB's: to be restored with MongoDB's tools. */
  readonly mongodbKeys?: string;
}

/**
 * Puts a backup back into an empty DATA_DIR (the service stopped), never over a log or keys that exist: the log into
 * DATA_DIR, the data keys and their KEK into DATA_DIR/keys, the provider's keys into DATA_DIR/identity (directories
 * 0700, files 0600). The keys may be missing: the log alone then serves, its classified fields `[unreadable]`.
 * The next start's ForgettingSweep destroys again every key the restored log says was forgotten.
 */
export function restoreDataDir(config: AppConfig, source: string): RestoreReport {
  if (config.eventStoreConnectionString) throw new Error('the event log is in EventStoreDB: restore it with EventStoreDB\'s own tools');
  const log = join(source, 'log', EVENTS_FILE);
  if (!existsSync(log)) throw new Error(`no backup at ${source}: ${log} is missing`);
  if (existsSync(join(config.dataDir, EVENTS_FILE))) throw new Error(`${config.dataDir} already holds an event log: restore into an empty DATA_DIR`);
  const files = embeddedKeyFiles(config);
  for (const file of [files.dataKeys, files.kek, files.stagedKek]) if (existsSync(file)) throw new Error(`${config.dataDir} already holds keys (${file}): restore into an empty DATA_DIR`);

  const keysSource = join(source, 'keys');
  const manifest = readManifest(source);
  const dataKeys = join(keysSource, DATA_KEYS_FILE);
  const kekFile = join(keysSource, KEK_FILE);
  const hasDataKeys = existsSync(dataKeys);
  const hasKekFile = existsSync(kekFile);
  if (hasDataKeys && config.mongodbUrl) throw new Error(`this backup holds the embedded key store, but MONGODB_URL puts the keys in MongoDB (${config.mongodbDatabase}-keys)`);
  if (hasDataKeys && hasKekFile && config.keyEncryptionKey) throw new Error('this backup\'s data keys are wrapped by the embedded default\'s own KEK (in the backup): unset KEY_ENCRYPTION_KEY to restore it');
  if (hasDataKeys && !hasKekFile) {
    const wanted = manifest?.keys?.kek?.id;
    if (!config.keyEncryptionKey) throw new Error(`this backup's data keys are wrapped by a configured KEK${wanted ? ` (id ${wanted})` : ''}, which no backup holds: set KEY_ENCRYPTION_KEY (and KEY_ENCRYPTION_KEY_ID) to it`);
    if (wanted && wanted !== config.keyEncryptionKey.id) throw new Error(`this backup's data keys are wrapped by KEK ${wanted}, but KEY_ENCRYPTION_KEY is ${config.keyEncryptionKey.id}: configure the KEK the backup was taken under`);
  }

  ownerOnlyDir(config.dataDir);
  if (hasDataKeys) {
    ownerOnlyDir(files.dir);
    copyOwnerOnlyFile(dataKeys, files.dataKeys);
    if (hasKekFile) copyOwnerOnlyFile(kekFile, files.kek);
  }
  ownerOnlyDir(join(config.dataDir, IDENTITY_DIR));
  // Backups taken before the data keys had their own place kept the provider's keys directly in keys/.
  const identityFiles = existsSync(join(keysSource, IDENTITY_DIR))
    ? copyOwnerOnly(join(keysSource, IDENTITY_DIR), join(config.dataDir, IDENTITY_DIR))
    : copyOwnerOnly(keysSource, join(config.dataDir, IDENTITY_DIR), (file) => file !== DATA_KEYS_FILE && file !== KEK_FILE && file !== STAGED_KEK_FILE);
  // The log last: its presence is what marks DATA_DIR as restored.
  copyOwnerOnlyFile(log, join(config.dataDir, EVENTS_FILE));
  const mongodb = manifest?.keys?.dataKeys?.store === 'mongodb' ? manifest.keys.dataKeys.database : undefined;
  return {
    dataKeys: hasDataKeys,
    kek: !hasDataKeys ? 'none' : hasKekFile ? 'file' : 'configuration',
    identityFiles: identityFiles.length,
    ...(mongodb ? { mongodbKeys: mongodb } : {}),
  };
}

function readManifest(source: string): Partial<BackupManifest> | undefined {
  const file = join(source, 'manifest.json');
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Partial<BackupManifest>) : undefined;
}

function ownerOnlyDir(dir: string): void {
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  chmodSync(dir, 0o700);
}

function copyOwnerOnlyFile(from: string, to: string): void {
  copyFileSync(from, to);
  chmodSync(to, 0o600);
}

function copyOwnerOnly(from: string, to: string, include: (file: string) => boolean = () => true): string[] {
  if (!existsSync(from)) return [];
  const files = readdirSync(from, { withFileTypes: true })
    .filter((entry) => entry.isFile() && include(entry.name))
    .map((entry) => entry.name);
  for (const file of files) copyOwnerOnlyFile(join(from, file), join(to, file));
  return files;
}
