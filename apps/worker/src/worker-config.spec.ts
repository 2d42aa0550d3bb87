import { loadConfig } from '@pdr/platform';
import { assertWorkerCanRun } from './worker-config';

describe('worker configuration', () => {
  it('refuses to run beside the embedded stores, naming the variable to set', () => {
    expect(() => assertWorkerCanRun(loadConfig({}))).toThrow(/^MONGODB_URL: /);
    expect(() => assertWorkerCanRun(loadConfig({ MONGODB_URL: 'mongodb://localhost' }))).toThrow(/^EVENTSTORE_CONNECTION_STRING: /);
  });

  it('runs on EventStoreDB and MongoDB', () => {
    expect(() => assertWorkerCanRun(loadConfig({ MONGODB_URL: 'mongodb://localhost', EVENTSTORE_CONNECTION_STRING: 'esdb://localhost:2113?tls=false' }))).not.toThrow();
  });
});
