import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import type { KeyEncryptionKey, KeyStore } from '@pdr/application';
import { SqliteKeyStore } from '@pdr/key-store-sqlite';
import type { AppConfig } from '../config/app-config';
import { embeddedKeyFiles, readKekFile } from '../backup/embedded-kek-file';


export interface OpenedKeyStore {
  readonly store: KeyStore;
  readonly adapter: 'sqlite' | 'mongodb';
}

/** MongoDB (a database of its own) with MONGODB_URL; otherwise a SQLite file of its own under DATA_DIR/keys. */
export async function openKeyStore(config: AppConfig): Promise<OpenedKeyStore> {
  const kek = keyEncryptionKey(config);
  if (config.mongodbUrl) {
    // Loaded only when configured, like every production adapter (start-up, issue 13).
    const { MongoKeyStore } = await import('@pdr/key-store-mongodb');
    return { store: await MongoKeyStore.connect(config.mongodbUrl, `${config.mongodbDatabase}-keys`, kek), adapter: 'mongodb' };
  }
  return { store: new SqliteKeyStore({ file: embeddedKeyFiles(config).dataKeys, kek }), adapter: 'sqlite' };
}

/** The configured KEK, or the embedded default's own, made on first start readable by the owner only. */
export function keyEncryptionKey(config: AppConfig): KeyEncryptionKey {
  if (config.keyEncryptionKey) return config.keyEncryptionKey;
  const { dir, kek: file } = embeddedKeyFiles(config);
  if (!existsSync(file)) {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    // 'wx': two processes starting at once keep the first one's KEK.
    writeFileSync(file, JSON.stringify({ id: `kek-${randomBytes(6).toString('hex')}`, key: randomBytes(32).toString('base64') }), { mode: 0o600, flag: 'wx' });
  }
  chmodSync(file, 0o600);
  return readKekFile(file);
}
