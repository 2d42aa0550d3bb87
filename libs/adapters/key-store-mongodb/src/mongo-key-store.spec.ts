import { randomBytes } from 'node:crypto';
import { describeKeyStoreContract } from '@pdr/testing';
import { MongoKeyStore } from './mongo-key-store';

// Runs against a real server only: e.g. MONGODB_URL=mongodb://localhost:27017
const url = process.env.MONGODB_URL;

describeKeyStoreContract(
  'MongoDB',
  url
    ? async () => {
        const store = await MongoKeyStore.connect(url, `pdr_keys_contract_${randomBytes(6).toString('hex')}`, { id: 'kek-1', key: randomBytes(32) });
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
