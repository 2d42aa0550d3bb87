import { type ContactErased, type ContactEvent, type ContactRecorded, ERASED } from '@pdr/procedures';
import type { Projection, TargetedWrite } from '../runner/projection';
import { contactEventOf, type Recorded, unhandled } from '../runner/typed-event';

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
  /** GDPR Art. 17: when the personal data was erased; every field above that held it reads `[erased]`. */
  erasedAt?: string;
  revision: number;
};

/** The optional personal fields: each reads `[erased]` after erasure where it was given, and stays absent where not. */
const OPTIONAL_PERSONAL_FIELDS = ['potentialComplainant.email', 'potentialComplainant.country', 'respondentName'];

/**
 * GDPR Art. 17: the contact's key is destroyed, so a rebuild reads `[erased]` for every personal field; this makes the
 * live row say the same at once.
 */
function erased(event: Recorded<ContactErased>): TargetedWrite[] {
  const { contactId, erasedAt } = event.data;
  const write = (filter: Record<string, unknown>, $set: Record<string, unknown>): TargetedWrite => ({ collection: CONTACTS_COLLECTION, operation: { updateOne: { filter: { _id: contactId, ...filter }, update: { $set } } } });
  return [
    write({}, { 'potentialComplainant.name': ERASED, summary: ERASED, erasedAt, revision: event.revision }),
    ...OPTIONAL_PERSONAL_FIELDS.map((path) => write({ [path]: { $exists: true } }, { [path]: ERASED })),
  ];
}

/** $setOnInsert makes a replayed recording a no-op. */
function recorded(event: Recorded<ContactRecorded>): TargetedWrite {
  const { data } = event;
  const document: Omit<ContactDocument, '_id'> = { ...data, recordedAt: event.recordedAt, revision: event.revision };
  return { collection: CONTACTS_COLLECTION, operation: { updateOne: { filter: { _id: data.contactId }, update: { $setOnInsert: document }, upsert: true } } };
}

/** The contact list's writes, exhaustive over ContactEvent. */
export function contactWrites(event: Recorded<ContactEvent>): TargetedWrite[] {
  switch (event.type) {
    case 'ContactRecorded':
      return [recorded(event)];
    case 'ContactErased':
      return erased(event);
    default:
      return unhandled(event);
  }
}

export const contactListProjection: Projection = {
  name: 'contact-list',
  version: 2,
  collections: [CONTACTS_COLLECTION],
  // The contact list's sort, whole and by rulebook, with the _id tie-break: a page is one index range (issue 13).
  indexes: {
    [CONTACTS_COLLECTION]: [
      { keys: { receivedAt: -1 }, name: 'received' },
      { keys: { receivedAt: -1, _id: 1 }, name: 'received_id' },
      { keys: { 'rulebook.id': 1, receivedAt: -1, _id: 1 }, name: 'rulebook_received_id' },
    ],
  },

  project(event) {
    const read = contactEventOf(event);
    // An event type newer than this build changes nothing here.
    return read?.known ? contactWrites(read.event) : [];
  },
};
