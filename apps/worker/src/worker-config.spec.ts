import { loadConfig } from '@pdr/platform';
import { assertWorkerCanRun } from './worker-config';

const KEK = Buffer.alloc(32, 1).toString('base64');

describe('worker configuration', () => {
  it('refuses to run beside the embedded stores, naming the variable to set', () => {
    expect(() => assertWorkerCanRun(loadConfig({}))).toThrow(/^MONGODB_URL: /);
    expect(() => assertWorkerCanRun(loadConfig({ MONGODB_URL: 'mongodb://localhost', KEY_ENCRYPTION_KEY: KEK }))).toThrow(/^EVENTSTORE_CONNECTION_STRING: /);
  });

  it('runs on EventStoreDB and MongoDB', () => {
    expect(() => assertWorkerCanRun(loadConfig({ MONGODB_URL: 'mongodb://localhost', KEY_ENCRYPTION_KEY: KEK, EVENTSTORE_CONNECTION_STRING: 'esdb://localhost:2113?tls=false' }))).not.toThrow();
  });
});
