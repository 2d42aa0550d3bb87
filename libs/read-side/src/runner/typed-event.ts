import type { DomainEvent, RecordedEvent } from '@pdr/event-sourcing';
import type { AccountEvent, AnyProcedureEvent, BusinessEvent, CalendarEvent, CaseEvent, ContactEvent, ErasureRequestEvent, PanelistEvent } from '@pdr/procedures';
import { accountStream, businessStream, caseStream, contactStream, EVENT_CLASSIFICATION, erasureRequestStream, panelistStream } from '@pdr/procedures';

/** A recorded event typed as one member of the union E: a switch on `type` types `data`, without casts. */
export type Recorded<E extends DomainEvent> = E extends DomainEvent ? Omit<RecordedEvent<E['data']>, 'type' | 'data'> & Pick<E, 'type' | 'data'> : never;

/**
 * An event read from one aggregate's streams: typed, or of a type this build does not know as that aggregate's (one
 * recorded by a newer build), which each projection then treats explicitly. `undefined` is another aggregate's stream.
 */
export type StreamEvent<E extends DomainEvent> =
  | { readonly id: string; readonly known: true; readonly event: Recorded<E> }
  | { readonly id: string; readonly known: false; readonly event: RecordedEvent };

/** Every type of a union, as a record: it compiles only when it names them all. */
type EveryType<E extends DomainEvent> = Readonly<Record<E['type'], true>>;

const typesOf = (every: Readonly<Record<string, true>>): ReadonlySet<string> => new Set(Object.keys(every));

const ACCOUNT_TYPES = typesOf({ AccountOpened: true, AccountPasswordChanged: true, AccountSecretRotated: true, AccountClosed: true } satisfies EveryType<AccountEvent>);
const PANELIST_TYPES = typesOf({ PanelistEnrolled: true, PanelistRelationshipDeclared: true, PanelistWithdrawnFromBoard: true } satisfies EveryType<PanelistEvent>);
const BUSINESS_TYPES = typesOf({
  BusinessRegistered: true, ParticipationBegan: true, ParticipationRenewed: true, ParticipationLapsed: true,
  EnrolmentApplied: true, PolicyChecklistItemReviewed: true, EnrolmentDocumentReceived: true, EnrolmentInformationRequested: true,
  EnrolmentInformationReceived: true, EnrolmentAccepted: true, SelfCertificationRecorded: true, SelfCertificationRenewed: true,
  CertificationLapsed: true, BusinessDeadlineSet: true, BusinessDeadlineMet: true, BusinessDeadlineLapsed: true,
} satisfies EveryType<BusinessEvent>);
const CALENDAR_TYPES = typesOf({ CalendarClosureAdded: true } satisfies EveryType<CalendarEvent>);
const CONTACT_TYPES = typesOf({ ContactRecorded: true, ContactErased: true } satisfies EveryType<ContactEvent>);
const ERASURE_REQUEST_TYPES = typesOf({ ErasureRequested: true, ErasureCompleted: true, ErasureDeferred: true } satisfies EveryType<ErasureRequestEvent>);

/**
 * The case's types: every procedure type (EVENT_CLASSIFICATION is keyed by all of them, or fails to compile) but the
 * other aggregates' few, so the long and growing case union needs no second list here.
 */
const OTHER_TYPES = new Set([ACCOUNT_TYPES, PANELIST_TYPES, BUSINESS_TYPES, CALENDAR_TYPES, CONTACT_TYPES, ERASURE_REQUEST_TYPES].flatMap((types) => [...types]));
const CASE_TYPES: ReadonlySet<string> = new Set(Object.keys(EVENT_CLASSIFICATION).filter((type) => !OTHER_TYPES.has(type)));

/** Reads one aggregate's events (`stream('')` is its streams' prefix): the only place stored events become typed ones. */
function eventsOn<E extends AnyProcedureEvent>(stream: (id: string) => string, types: ReadonlySet<string>): (event: RecordedEvent) => StreamEvent<E> | undefined {
  const prefix = stream('');
  return (event) => {
    if (!event.streamId.startsWith(prefix)) return undefined;
    const id = event.streamId.slice(prefix.length);
    return types.has(event.type) ? { id, known: true, event: event as Recorded<E> } : { id, known: false, event };
  };
}

export const caseEventOf = eventsOn<CaseEvent>(caseStream, CASE_TYPES);
export const contactEventOf = eventsOn<ContactEvent>(contactStream, CONTACT_TYPES);
export const panelistEventOf = eventsOn<PanelistEvent>(panelistStream, PANELIST_TYPES);
export const businessEventOf = eventsOn<BusinessEvent>(businessStream, BUSINESS_TYPES);
export const accountEventOf = eventsOn<AccountEvent>(accountStream, ACCOUNT_TYPES);
export const erasureRequestEventOf = eventsOn<ErasureRequestEvent>(erasureRequestStream, ERASURE_REQUEST_TYPES);

/**
 * Ends an exhaustive switch: it compiles only when every member of the union has a case, so a new event type breaks
 * the build until each projection says what it does with it. Unreachable at run time (unknown types stop earlier).
 */
export function unhandled(event: never): never {
  throw new Error(`no case for event type ${String(Reflect.get(event, 'type'))}`);
}
