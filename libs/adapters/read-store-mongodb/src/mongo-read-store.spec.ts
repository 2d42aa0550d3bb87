import { randomBytes } from 'node:crypto';
import { describeReadStoreContract } from '@pdr/testing';
import { MongoReadStore } from './mongo-read-store';

// Runs against a real server only: e.g. MONGODB_URL=mongodb://localhost:27017
const url = process.env.MONGODB_URL;

describeReadStoreContract(
  'MongoDB',
  url
    ? async () => {
        // A throwaway database per run: the suite never touches the service's own data.
        const store = await MongoReadStore.connect(url, `pdr_contract_${randomBytes(6).toString('hex')}`);
        return {
          store,
          dispose: async () => {
            try {
              await store.dropDatabase();
            } finally {
              await store.close();
            }
          },
        };
      }
    : undefined,
  'set MONGODB_URL to run against MongoDB',
);
