import { jsonEvent, type AllStreamRecordedEvent, type EventData, type JSONType, type RecordedEvent as EsdbRecordedEvent } from '@eventstore/db-client';
import type { NewEvent, RecordedEvent } from '@pdr/event-sourcing';
import { toEsdbEventId } from './event-id';
import { decodeMetadata, encodeMetadata } from './metadata-codec';
import { toGlobalPosition } from './position';

/** A NewEvent as the client appends it: a JSON event whose ESDB id is (derived from) our event id. */
export function toEventData(event: NewEvent): EventData {
  const id = toEsdbEventId(event.eventId);
  return jsonEvent({
    id,
    type: event.type,
    // The client JSON-serialises data; null stands in for undefined, which JSON cannot carry.
    data: (event.data ?? null) as JSONType,
    metadata: encodeMetadata(event, id),
  });
}

/**
 * Events of ESDB itself, never ours: system event types ($metadata, $> links, $streamDeleted...) and
 * everything in system streams ($settings, $$stream metadata streams, projection output...).
 */
export function isSystemEvent(event: Pick<EsdbRecordedEvent, 'type' | 'streamId'>): boolean {
  return event.type.startsWith('$') || event.streamId.startsWith('$');
}

/** An ESDB recorded event as ours: metadata unpacked, prepare position as global position. */
export function toRecordedEvent(event: EsdbRecordedEvent | AllStreamRecordedEvent): RecordedEvent {
  const where = `Event ${event.id} in stream ${event.streamId}`;
  if (!event.isJson) throw new Error(`${where} is not a JSON event`);
  const decoded = decodeMetadata(event.metadata, where);
  return {
    eventId: decoded.eventId ?? event.id,
    type: event.type,
    schemaVersion: decoded.schemaVersion,
    data: event.data as unknown,
    metadata: decoded.metadata,
    streamId: event.streamId,
    revision: Number(event.revision),
    globalPosition: toGlobalPosition(event.position, event.id),
    recordedAt: event.created.toISOString(),
  };
}
