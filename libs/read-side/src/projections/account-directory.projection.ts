import type { RecordedEvent } from '@pdr/event-sourcing';
import type { AccountClosed, AccountOpened } from '@pdr/procedures';
import type { Projection } from '../runner/projection';

export const ACCOUNTS_COLLECTION = 'accounts';

/** An account as administrators list it: never its password hash or secret version. */
export type AccountDocument = {
  _id: string;
  accountId: string;
  kind: string;
  username: string;
  displayName: string;
  roles: string[];
  binding?: { kind: 'panelist'; panelistId: string } | { kind: 'party'; caseId: string; side: string };
  status: 'open' | 'closed';
  openedAt: string;
  closedAt?: string;
  revision: number;
};

export const accountDirectoryProjection: Projection = {
  name: 'account-directory',
  version: 1,
  collections: [ACCOUNTS_COLLECTION],
  indexes: { [ACCOUNTS_COLLECTION]: [{ keys: { username: 1 }, name: 'username' }] },

  project(event) {
    switch (event.type) {
      case 'AccountOpened': {
        const { accountId, kind, username, displayName, roles, binding } = (event as RecordedEvent<AccountOpened['data']>).data;
        const document: Omit<AccountDocument, '_id'> = { accountId, kind, username, displayName, roles: [...roles], ...(binding ? { binding } : {}), status: 'open', openedAt: event.recordedAt, revision: event.revision };
        return [{ collection: ACCOUNTS_COLLECTION, operation: { updateOne: { filter: { _id: accountId }, update: { $setOnInsert: document }, upsert: true } } }];
      }
      case 'AccountClosed': {
        const { accountId } = (event as RecordedEvent<AccountClosed['data']>).data;
        return [{ collection: ACCOUNTS_COLLECTION, operation: { updateOne: { filter: { _id: accountId, revision: { $lt: event.revision } }, update: { $set: { status: 'closed', closedAt: event.recordedAt, revision: event.revision } } } } }];
      }
      case 'AccountPasswordChanged':
      case 'AccountSecretRotated': {
        const { accountId } = event.data as { accountId: string };
        return [{ collection: ACCOUNTS_COLLECTION, operation: { updateOne: { filter: { _id: accountId, revision: { $lt: event.revision } }, update: { $set: { revision: event.revision } } } } }];
      }
      default:
        return [];
    }
  },
};
