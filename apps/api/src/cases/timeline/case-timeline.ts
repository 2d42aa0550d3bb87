import type { EventStore } from '@pdr/application';
import type { RecordedEvent, Role, UpcasterRegistry } from '@pdr/event-sourcing';
import { caseStream } from '@pdr/procedures';

/** Roles that may read Proprietary Information in the audit trail: the Panelist and the administrator's own staff (BBB-8.5). */
const SEES_PROPRIETARY: ReadonlySet<Role> = new Set(['panelist', 'administrator', 'case-manager', 'compliance-officer']);

/** Event fields that hold Proprietary Information; everyone else sees them redacted. */
const PROPRIETARY_FIELDS: Readonly<Record<string, readonly string[]>> = {
  ProprietaryInformationDesignated: ['content', 'description'],
};

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
 * A case's full audit trail, read from the log itself (the source of truth, not a read model), every event
 * upcast to its current schema, with Proprietary Information redacted for those who may not see it.
 */
export async function caseTimeline(store: EventStore, upcasters: UpcasterRegistry, caseId: string, viewer: Role): Promise<TimelineEntry[]> {
  const events = await store.readStream(caseStream(caseId));
  return events.map((stored) => entry(upcasters.upcast(stored), viewer));
}

function entry(event: RecordedEvent, viewer: Role): TimelineEntry {
  const hidden = SEES_PROPRIETARY.has(viewer) ? [] : (PROPRIETARY_FIELDS[event.type] ?? []);
  const data = hidden.length === 0 ? event.data : { ...(event.data as object), ...Object.fromEntries(hidden.map((field) => [field, '[redacted: Proprietary Information]'])) };
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
