import type { RecordedEvent } from '@pdr/event-sourcing';
import type { ContactRecorded } from '@pdr/procedures';
import type { Projection } from '../runner/projection';

export const CONTACTS_COLLECTION = 'contacts';

/** BBB-2.1: every contact, whether or not it became a Case (counted in the annual report, BBB-7.1). */
export type ContactDocument = {
  _id: string;
  contactId: string;
  rulebook: { id: string; version: string };
  receivedAt: string;
  channel: string;
  potentialComplainant: { name: string; email?: string; country?: string };
  respondentName?: string;
  summary: string;
  recordedAt: string;
  revision: number;
};

export const contactListProjection: Projection = {
  name: 'contact-list',
  version: 1,
  collections: [CONTACTS_COLLECTION],
  indexes: { [CONTACTS_COLLECTION]: [{ keys: { receivedAt: -1 }, name: 'received' }] },

  project(event) {
    if (event.type !== 'ContactRecorded') return [];
    const { data } = event as RecordedEvent<ContactRecorded['data']>;
    const document: Omit<ContactDocument, '_id'> = { ...data, recordedAt: event.recordedAt, revision: event.revision };
    return [{ collection: CONTACTS_COLLECTION, operation: { updateOne: { filter: { _id: data.contactId }, update: { $setOnInsert: document }, upsert: true } } }];
  },
};
