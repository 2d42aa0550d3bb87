import { type AppConfig, ConfigError } from '@pdr/platform';

/**
 * A separate worker only makes sense on shared stores: the in-process read store would serve nobody,
 * and the embedded event store notifies subscribers only inside the process that appends.
 */
export function assertWorkerCanRun(config: AppConfig): void {
  if (!config.mongodbUrl) throw new ConfigError('MONGODB_URL', 'the worker needs MongoDB; on the embedded default the API process runs the projections itself');
  if (!config.eventStoreConnectionString) {
    throw new ConfigError('EVENTSTORE_CONNECTION_STRING', 'the worker needs EventStoreDB; on the embedded default the API process runs the projections itself');
  }
}
