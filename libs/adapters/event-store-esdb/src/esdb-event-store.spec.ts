import { describeEventStoreContract } from '@pdr/testing';
import { EsdbEventStore } from './esdb-event-store';

// Runs against a real server only: e.g. EVENTSTORE_CONNECTION_STRING=esdb://localhost:2113?tls=false
const url = process.env.EVENTSTORE_CONNECTION_STRING;

describeEventStoreContract(
  'EventStoreDB',
  url
    ? async () => {
        const store = new EsdbEventStore(url);
        return { store, dispose: async () => store.close() };
      }
    : undefined,
  'set EVENTSTORE_CONNECTION_STRING to run against EventStoreDB',
);
