import { join } from 'node:path';
import type { Clock, EventStore } from '@pdr/application';
import { SqliteEventStore } from '@pdr/event-store-sqlite';
import type { AppConfig } from '../config/app-config';

export interface OpenedEventStore {
  readonly store: EventStore;
  readonly adapter: 'sqlite' | 'eventstoredb';
}

/**
 * EventStoreDB when its connection string is set; otherwise the durable SQLite store under DATA_DIR. The production
 * adapters (and their clients) are loaded only when configured: the embedded default starts without them (issue 13).
 */
export async function openEventStore(config: AppConfig, clock: Clock): Promise<OpenedEventStore> {
  if (config.eventStoreConnectionString) {
    const { EsdbEventStore } = await import('@pdr/event-store-esdb');
    return { store: new EsdbEventStore(config.eventStoreConnectionString), adapter: 'eventstoredb' };
  }
  return { store: new SqliteEventStore({ file: join(config.dataDir, 'events.sqlite'), clock }), adapter: 'sqlite' };
}
