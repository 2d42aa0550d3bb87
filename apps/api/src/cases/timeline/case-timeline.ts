import type { EventStore } from '@pdr/application';
import type { RecordedEvent, UpcasterRegistry } from '@pdr/event-sourcing';
import { caseStream } from '@pdr/procedures';

/** Who reads the trail: the administrator's staff and compliance officers see all of it; the Panelist and each Party their own view. */
export type TimelineViewer = 'staff' | 'panelist' | 'complainant' | 'respondent';

/** Event fields that hold Proprietary Information (BBB-8.5). */
const PROPRIETARY_FIELDS: Readonly<Record<string, readonly string[]>> = {
  ProprietaryInformationDesignated: ['content', 'description'],
};

/** Conciliation exchanges never reach the Panelist: the hearing is decided on the Case Record (BBB-4.3.2). */
const CONCILIATION_EXCHANGES: ReadonlySet<string> = new Set(['ComplainantFactsObtained', 'RespondentResponseReceived', 'SettlementOfferPresented', 'TeleconferenceAgreed', 'TeleconferenceScheduled']);

const REDACTED = '[redacted: Proprietary Information]';

export interface TimelineEntry {
  readonly revision: number;
  readonly position: number;
  readonly type: string;
  readonly schemaVersion: number;
  readonly recordedAt: string;
  readonly actor: { readonly id: string; readonly role: string };
  readonly correlationId: string;
  readonly causationId: string;
  readonly data: unknown;
}

/**
 * A case's full audit trail, read from the log itself (the source of truth, not a read model), every event upcast to its
 * current schema, filtered for its viewer: a Party sees its own Proprietary Information and the other's redacted; the
 * Panelist sees accepted material but neither Conciliation exchanges nor material returned or not accepted (BBB-8.5).
 */
export async function caseTimeline(store: EventStore, upcasters: UpcasterRegistry, caseId: string, viewer: TimelineViewer): Promise<TimelineEntry[]> {
  const events = (await store.readStream(caseStream(caseId))).map((stored) => upcasters.upcast(stored));
  const accepted = new Set(events.filter((event) => event.type === 'ProprietaryDesignationAccepted').map((event) => (event.data as { designationId: string }).designationId));
  const returned = new Set(events.filter((event) => event.type === 'ProprietaryDesignationReturned' || event.type === 'ProprietaryInformationReturned').map((event) => (event.data as { designationId: string }).designationId));
  const seesProprietary = (event: RecordedEvent): boolean => {
    if (viewer === 'staff') return true;
    const { party, designationId } = event.data as { party?: string; designationId?: string };
    if (viewer === 'panelist') return designationId !== undefined && accepted.has(designationId) && !returned.has(designationId);
    return party === viewer;
  };
  return events.filter((event) => viewer !== 'panelist' || !CONCILIATION_EXCHANGES.has(event.type)).map((event) => entry(event, seesProprietary(event) ? [] : (PROPRIETARY_FIELDS[event.type] ?? [])));
}

function entry(event: RecordedEvent, hidden: readonly string[]): TimelineEntry {
  const data = hidden.length === 0 ? event.data : { ...(event.data as object), ...Object.fromEntries(hidden.map((field) => [field, REDACTED])) };
  return {
    revision: event.revision,
    position: event.globalPosition,
    type: event.type,
    schemaVersion: event.schemaVersion,
    recordedAt: event.recordedAt,
    actor: { id: event.metadata.actorId, role: event.metadata.actorRole },
    correlationId: event.metadata.correlationId,
    causationId: event.metadata.causationId,
    data,
  };
}
