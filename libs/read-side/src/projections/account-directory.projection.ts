import type { RecordedEvent } from '@pdr/event-sourcing';
import type { AccountEvent } from '@pdr/procedures';
import type { Projection, TargetedWrite } from '../runner/projection';
import { accountEventOf, type Recorded, unhandled } from '../runner/typed-event';

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

/** Later events are guarded by the stream revision, so a replayed one changes nothing. */
function guarded(accountId: string, event: RecordedEvent, $set: Record<string, unknown>): TargetedWrite {
  return { collection: ACCOUNTS_COLLECTION, operation: { updateOne: { filter: { _id: accountId, revision: { $lt: event.revision } }, update: { $set: { ...$set, revision: event.revision } } } } };
}

/** The directory's write, exhaustive over AccountEvent. */
export function accountWrite(event: Recorded<AccountEvent>): TargetedWrite {
  switch (event.type) {
    case 'AccountOpened': {
      const { accountId, kind, username, displayName, roles, binding } = event.data;
      const document: Omit<AccountDocument, '_id'> = { accountId, kind, username, displayName, roles: [...roles], ...(binding ? { binding } : {}), status: 'open', openedAt: event.recordedAt, revision: event.revision };
      // $setOnInsert makes a replayed opening a no-op.
      return { collection: ACCOUNTS_COLLECTION, operation: { updateOne: { filter: { _id: accountId }, update: { $setOnInsert: document }, upsert: true } } };
    }
    case 'AccountClosed':
      return guarded(event.data.accountId, event, { status: 'closed', closedAt: event.recordedAt });
    // Neither the hash nor the secret version is listed: only the revision moves.
    case 'AccountPasswordChanged':
    case 'AccountSecretRotated':
      return guarded(event.data.accountId, event, {});
    default:
      return unhandled(event);
  }
}

export const accountDirectoryProjection: Projection = {
  name: 'account-directory',
  version: 1,
  collections: [ACCOUNTS_COLLECTION],
  indexes: { [ACCOUNTS_COLLECTION]: [{ keys: { username: 1 }, name: 'username' }] },

  project(event) {
    const read = accountEventOf(event);
    // An event type newer than this build changes nothing here.
    return read?.known ? [accountWrite(read.event)] : [];
  },
};
