import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { KeyEncryptionKey, KeyStore } from '@pdr/application';
import { MongoKeyStore } from '@pdr/key-store-mongodb';
import { SqliteKeyStore } from '@pdr/key-store-sqlite';
import type { AppConfig } from '../config/app-config';

/** The embedded default's keys: a directory beside the event database, never inside it. */
export const KEYS_DIR = 'keys';
export const DATA_KEYS_FILE = 'data-keys.sqlite';
const KEK_FILE = 'key-encryption-key.json';

export interface OpenedKeyStore {
  readonly store: KeyStore;
  readonly adapter: 'sqlite' | 'mongodb';
}

/** MongoDB (a database of its own) with MONGODB_URL; otherwise a SQLite file of its own under DATA_DIR/keys. */
export async function openKeyStore(config: AppConfig): Promise<OpenedKeyStore> {
  const kek = keyEncryptionKey(config);
  if (config.mongodbUrl) return { store: await MongoKeyStore.connect(config.mongodbUrl, `${config.mongodbDatabase}-keys`, kek), adapter: 'mongodb' };
  return { store: new SqliteKeyStore({ file: join(config.dataDir, KEYS_DIR, DATA_KEYS_FILE), kek }), adapter: 'sqlite' };
}

/** The configured KEK, or the embedded default's own, made on first start readable by the owner only. */
export function keyEncryptionKey(config: AppConfig): KeyEncryptionKey {
  if (config.keyEncryptionKey) return config.keyEncryptionKey;
  const file = embeddedKekFile(config);
  if (!existsSync(file)) writeEmbeddedKek(config, { id: `kek-${randomBytes(6).toString('hex')}`, key: randomBytes(32) }, 'wx');
  chmodSync(file, 0o600);
  const stored = JSON.parse(readFileSync(file, 'utf8')) as { id: string; key: string };
  return { id: stored.id, key: Buffer.from(stored.key, 'base64') };
}

/** Replaces the embedded default's KEK file (after its data keys were re-wrapped under the new one). */
export function writeEmbeddedKek(config: AppConfig, kek: KeyEncryptionKey, flag: 'wx' | 'w' = 'w'): void {
  mkdirSync(join(config.dataDir, KEYS_DIR), { recursive: true, mode: 0o700 });
  writeFileSync(embeddedKekFile(config), JSON.stringify({ id: kek.id, key: kek.key.toString('base64') }), { mode: 0o600, flag });
}

const embeddedKekFile = (config: AppConfig): string => join(config.dataDir, KEYS_DIR, KEK_FILE);
