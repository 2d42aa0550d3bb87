import type { ReadStore } from '@pdr/application';
import { MingoReadStore } from '@pdr/read-store-mingo';
import { MongoReadStore } from '@pdr/read-store-mongodb';
import type { AppConfig } from '../config/app-config';

export interface OpenedReadStore {
  readonly store: ReadStore;
  readonly adapter: 'mongodb' | 'in-process';
}

/** MongoDB when its URL is set; otherwise in-process collections, rebuilt from the log at every start. */
export async function openReadStore(config: AppConfig): Promise<OpenedReadStore> {
  if (config.mongodbUrl) {
    return { store: await MongoReadStore.connect(config.mongodbUrl, config.mongodbDatabase), adapter: 'mongodb' };
  }
  return { store: new MingoReadStore(), adapter: 'in-process' };
}
