import { join } from 'node:path';
import type { Clock, EventStore } from '@pdr/application';
import { EsdbEventStore } from '@pdr/event-store-esdb';
import { SqliteEventStore } from '@pdr/event-store-sqlite';
import type { AppConfig } from '../config/app-config';

export interface OpenedEventStore {
  readonly store: EventStore;
  readonly adapter: 'sqlite' | 'eventstoredb';
}

/** EventStoreDB when its connection string is set; otherwise the durable SQLite store under DATA_DIR. */
export function openEventStore(config: AppConfig, clock: Clock): OpenedEventStore {
  if (config.eventStoreConnectionString) {
    return { store: new EsdbEventStore(config.eventStoreConnectionString), adapter: 'eventstoredb' };
  }
  return { store: new SqliteEventStore({ file: join(config.dataDir, 'events.sqlite'), clock }), adapter: 'sqlite' };
}
