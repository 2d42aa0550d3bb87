import type { KeyStore, ReadStore } from '@pdr/application';
import { join } from 'node:path';
import { MingoReadStore, PersistentMingoReadStore } from '@pdr/read-store-mingo';
import type { AppConfig } from '../config/app-config';

export interface OpenedReadStore {
  readonly store: ReadStore;
  readonly adapter: 'mongodb' | 'in-process';
}

export const READ_MODELS_FILE = 'read-models.sqlite';
/** The key-store subject of the read models' file key: not a data subject's, never destroyed (erasure rewrites the rows). */
export const READ_MODELS_KEY_SUBJECT = 'read-models';

/**
 * MongoDB when its URL is set; otherwise in-process collections persisted with their checkpoints in
 * `DATA_DIR/read-models.sqlite` (projections resume from their checkpoints), or, with READ_MODELS=memory, in memory
 * only (rebuilt from the log at every start).
 */
export async function openReadStore(config: AppConfig, keys: KeyStore): Promise<OpenedReadStore> {
  if (config.mongodbUrl) {
    // Loaded only when configured, like every production adapter (start-up, issue 13).
    const { MongoReadStore } = await import('@pdr/read-store-mongodb');
    return { store: await MongoReadStore.connect(config.mongodbUrl, config.mongodbDatabase), adapter: 'mongodb' };
  }
  if (config.inMemoryReadModels) return { store: new MingoReadStore(), adapter: 'in-process' };
  // The read models hold personal data decrypted; at rest in the file they are sealed again, under their own key.
  const key = await keys.dataKey(READ_MODELS_KEY_SUBJECT);
  return { store: PersistentMingoReadStore.open({ file: join(config.dataDir, READ_MODELS_FILE), key }), adapter: 'in-process' };
}
