import type { AccountEvent } from '../accounts/account.events';
import type { PanelistEvent } from '../board/panelist.events';
import type { BusinessEvent } from '../businesses/business.events';
import type { CalendarEvent } from '../calendars/calendar.events';
import type { CaseEvent } from '../cases/case.events';
import type { ContactEvent } from '../contacts/contact.events';
import type { ErasureRequestEvent } from '../erasure/erasure-request.events';

/** Every event any stream holds. */
export type AnyProcedureEvent = AccountEvent | PanelistEvent | BusinessEvent | CalendarEvent | CaseEvent | ContactEvent | ErasureRequestEvent;

/**
 * Whose data a field is, which says what forgets it: a contact's or a Complainant's erasure request, the case file's
 * disposal (BBB-8.3), a Panelist leaving the Board, an account closed. The Settlement Agreement and the Decision are
 * `retained-document`: kept when the case file is destroyed. `business-file` is the staff's notes on a business's enrolment
 * (CASRO-2, CASRO-3): confidential as a case file's notes are, under the business's own key.
 */
export type DataSubject = 'contact' | 'complainant' | 'case-file' | 'retained-document' | 'panelist' | 'account' | 'business-file';

/** Personal data (about a person) or confidential (the Parties' and the procedure's material, BBB-8.2). */
export type FieldClass = { readonly kind: 'personal' | 'confidential'; readonly subject: DataSubject } | 'non-personal';

/** Field paths of one event type's data (`a.b`, `list[]`, `list[].c`) with their class. */
export type EventClassification = Readonly<Record<string, FieldClass>>;

/**
 * Field names that never hold personal data, whatever the event: ids (opaque UUIDs and references), instants and
 * dates, rule and stage references, enumerations' keys. Every other string field is classified event by event.
 */
export const NON_PERSONAL_FIELD_NAMES: readonly RegExp[] = [
  /Ids?$/, /^id$/, /At$/, /On$/, /^at$/, /^(rule|\w+Rule)$/, /^(stage|kind|condition|version|seed)$/,
  /^(program|programs|framework|frameworks|calendarId)$/, /^(requested|eligible|setAside|retained|replaces|reschedules)$/,
  /^(decidedBy|verifiedBy|grantedBy|obtainedBy|recordedBy|presentedBy|scheduledBy|draftedBy|requestedBy)$/,
  /^(performBy|dueOn|effectiveFrom)$/,
];

export const personal = (subject: DataSubject): FieldClass => ({ kind: 'personal', subject });
export const confidential = (subject: DataSubject): FieldClass => ({ kind: 'confidential', subject });
export const nonPersonal: FieldClass = 'non-personal';

/** Whether a field (its last path segment) is declared non-personal by name. */
export function nonPersonalByName(path: string): boolean {
  const name = path.split('.').pop()!.replace(/\[\]$/, '');
  return NON_PERSONAL_FIELD_NAMES.some((pattern) => pattern.test(name));
}
