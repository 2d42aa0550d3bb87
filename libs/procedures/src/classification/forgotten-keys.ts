import { caseComplainantKey, caseFileKey, contactKey } from './data-subject-keys';

type Forgets = (streamId: string, data: Record<string, unknown>) => readonly string[];

/**
 * The events whose recording destroys data keys, and which keys. The store destroys them right after the event is
 * appended; a sweep at start destroys any a crash left behind. The retained documents' key is never among them.
 */
export const FORGETTING_EVENTS: Readonly<Partial<Record<string, Forgets>>> = {
  // BBB-8.3: everything in the file but the Settlement Agreement or Decision, the Complainant's own data included.
  CaseFileDisposed: (_stream, data) => [caseComplainantKey(String(data.caseId)), caseFileKey(String(data.caseId))],
  // GDPR Art. 17 erasure: the Complainant's own data on a closed case (never the file's or the retained documents'),
  // or everything about a contact.
  ComplainantDataErased: (_stream, data) => [caseComplainantKey(String(data.caseId))],
  ContactErased: (_stream, data) => [contactKey(String(data.contactId))],
};

export function keysForgottenBy(streamId: string, type: string, data: unknown): readonly string[] {
  const forgets = FORGETTING_EVENTS[type];
  return forgets && data !== null && typeof data === 'object' ? forgets(streamId, data as Record<string, unknown>) : [];
}
