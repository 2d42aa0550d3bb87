export { type EventStoreStats, SqliteEventStore, type SqliteEventStoreOptions } from './sqlite-event-store';
export type { AppendStats } from './append-batcher';
export { EventIdConflictError, EventStoreClosedError } from './errors';
export { SCHEMA_VERSION } from './schema';
export { backupEventDatabase } from './backup';
