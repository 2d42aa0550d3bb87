import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import type { KeyEncryptionKey } from '@pdr/application';
import { SqliteKeyStore } from '@pdr/key-store-sqlite';
import { type AppConfig, ConfigError, loadConfig } from '../config/app-config';
import { openKeyStore } from '../stores/open-key-store';
import { embeddedKeyFiles, readKekFile, replaceAtomically, writeKekFileAtomically } from './embedded-kek-file';

export interface KekRotation {
  readonly store: 'sqlite' | 'mongodb';
  /** Where the new KEK is: the embedded default's file, or configuration (to be set by the operator now). */
  readonly kekSource: 'file' | 'configuration';
  readonly previousKekId: string;
  readonly kekId: string;
  /** Data keys re-wrapped under the new KEK (destroyed ones hold nothing to re-wrap). */
  readonly rewrapped: number;
  /** This run finished a rotation an earlier run had begun (embedded default). */
  readonly resumed: boolean;
}

/**
 * Re-wraps every data key under a new key-encryption key, with the service stopped (every process that opens the
 * key store: it keeps its KEK in memory, and would go on wrapping new keys under the old one).
 *
 * Embedded default (no KEY_ENCRYPTION_KEY): the new KEK is made here. The order leaves no moment at which a data key
 * is wrapped under a KEK that is on disk nowhere, nor one at which DATA_DIR/keys has no KEK file (the service would
 * make a new, useless one at its next start):
 *   1. the new KEK is written to `key-encryption-key.next.json` (temporary file, flush, rename);
 *   2. every data key is re-wrapped in one SQLite transaction, the key store held exclusively (a running service is
 *      refused, and cannot start meanwhile): all keys are under the old KEK, or all under the new one;
 *   3. the new file is renamed over `key-encryption-key.json` (one atomic step): the old KEK is gone.
 * A crash before 3 leaves `key-encryption-key.next.json`: the next run takes that KEK rather than a new one and
 * finishes (keys already under it are kept), and a backup or a restore refuses until it has.
 *
 * Configured KEK (KEY_ENCRYPTION_KEY; always with MongoDB): the new one is read from NEW_KEY_ENCRYPTION_KEY (and
 * NEW_KEY_ENCRYPTION_KEY_ID; unset, derived as the service derives KEY_ENCRYPTION_KEY_ID), and the operator then
 * configures it. MongoDB re-wraps key by key: run again with the same variables after an interruption.
 */
export async function rotateKeyEncryptionKey(config: AppConfig, env: Readonly<Record<string, string | undefined>>): Promise<KekRotation> {
  if (config.keyEncryptionKey) return rotateConfiguredKek(config, config.keyEncryptionKey, newConfiguredKek(env));
  if (env.NEW_KEY_ENCRYPTION_KEY?.trim()) throw new ConfigError('NEW_KEY_ENCRYPTION_KEY', 'is for a configured KEK (KEY_ENCRYPTION_KEY); the embedded default makes its new KEK itself');
  return rotateEmbeddedKek(config);
}

async function rotateEmbeddedKek(config: AppConfig): Promise<KekRotation> {
  const files = embeddedKeyFiles(config);
  if (!existsSync(files.dataKeys)) throw new Error(`no key store at ${files.dataKeys}: nothing to rotate`);
  if (!existsSync(files.kek)) throw new Error(`${files.kek} is missing: the data keys cannot be unwrapped without it (restore it from the backup that holds them)`);
  const current = readKekFile(files.kek);
  const resumed = existsSync(files.stagedKek);
  // Held before anything is written: refused at once while the service runs.
  const store = new SqliteKeyStore({ file: files.dataKeys, kek: current, exclusive: true });
  try {
    const next = resumed ? readKekFile(files.stagedKek) : { id: `kek-${randomBytes(6).toString('hex')}`, key: randomBytes(32) };
    if (next.id === current.id) throw new Error(`${files.stagedKek} holds the current KEK ${current.id}: remove it and run again`);
    if (!resumed) writeKekFileAtomically(files.stagedKek, next);
    const rewrapped = await store.rewrap(next.key, next.id);
    await expectAllWrappedBy(store, next.id);
    replaceAtomically(files.stagedKek, files.kek);
    return { store: 'sqlite', kekSource: 'file', previousKekId: current.id, kekId: next.id, rewrapped, resumed };
  } finally {
    await store.close();
  }
}

async function rotateConfiguredKek(config: AppConfig, current: KeyEncryptionKey, next: KeyEncryptionKey): Promise<KekRotation> {
  if (next.id === current.id) throw new ConfigError('NEW_KEY_ENCRYPTION_KEY_ID', `is the current KEK's id (${current.id}): give the new KEK an id of its own`);
  if (next.key.equals(current.key)) throw new ConfigError('NEW_KEY_ENCRYPTION_KEY', 'is the current KEK: make a new one (openssl rand -base64 32)');
  if (config.mongodbUrl) {
    const { store } = await openKeyStore(config);
    try {
      return { store: 'mongodb', kekSource: 'configuration', previousKekId: current.id, kekId: next.id, rewrapped: await store.rewrap(next.key, next.id), resumed: false };
    } finally {
      await store.close();
    }
  }
  const files = embeddedKeyFiles(config);
  if (!existsSync(files.dataKeys)) throw new Error(`no key store at ${files.dataKeys}: nothing to rotate`);
  const store = new SqliteKeyStore({ file: files.dataKeys, kek: current, exclusive: true });
  try {
    const rewrapped = await store.rewrap(next.key, next.id);
    await expectAllWrappedBy(store, next.id);
    return { store: 'sqlite', kekSource: 'configuration', previousKekId: current.id, kekId: next.id, rewrapped, resumed: false };
  } finally {
    await store.close();
  }
}

/** NEW_KEY_ENCRYPTION_KEY(_ID), checked and identified exactly as the service reads KEY_ENCRYPTION_KEY(_ID). */
function newConfiguredKek(env: Readonly<Record<string, string | undefined>>): KeyEncryptionKey {
  if (!env.NEW_KEY_ENCRYPTION_KEY?.trim()) throw new ConfigError('NEW_KEY_ENCRYPTION_KEY', 'is required to rotate a configured KEK: the new KEK, 32 random bytes in base64 (openssl rand -base64 32)');
  try {
    const parsed = loadConfig({ ...env, KEY_ENCRYPTION_KEY: env.NEW_KEY_ENCRYPTION_KEY, KEY_ENCRYPTION_KEY_ID: env.NEW_KEY_ENCRYPTION_KEY_ID ?? '' }).keyEncryptionKey;
    return parsed!;
  } catch (error) {
    if (error instanceof ConfigError && error.variable.startsWith('KEY_ENCRYPTION_KEY')) throw new ConfigError(`NEW_${error.variable}`, error.message.slice(error.variable.length + 2));
    throw error;
  }
}

async function expectAllWrappedBy(store: SqliteKeyStore, kekId: string): Promise<void> {
  const others = Object.keys((await store.summary()).wrappedBy).filter((id) => id !== kekId);
  if (others.length > 0) throw new Error(`data keys are still wrapped by KEK ${others.join(', ')} after the re-wrap`);
}
