import type { ExpectedRevision } from '@pdr/application';
import type { NewEvent } from '@pdr/event-sourcing';

/** One event ready for INSERT: serialised when append() is called, so later mutation of the caller's objects cannot leak in. */
export interface SerializedEvent {
  readonly eventId: string;
  readonly type: string;
  readonly schemaVersion: number;
  readonly data: string;
  readonly metadata: string;
}

export interface AppendRequest {
  readonly streamId: string;
  readonly expected: ExpectedRevision;
  readonly events: readonly SerializedEvent[];
}

/**
 * Validates and serialises an append. Throws before anything is queued, so a malformed call fails alone
 * instead of inside a group-commit transaction shared with other callers.
 */
export function toAppendRequest(streamId: string, events: readonly NewEvent[], expected: ExpectedRevision): AppendRequest {
  if (typeof streamId !== 'string' || streamId.length === 0) throw new TypeError('streamId must be a non-empty string');
  if (expected !== 'any' && expected !== 'no-stream' && !(Number.isSafeInteger(expected) && expected >= 0)) {
    throw new RangeError(`Stream ${streamId}: expected revision must be 'any', 'no-stream' or an integer >= 0, got ${String(expected)}`);
  }
  const seen = new Set<string>();
  const serialized = events.map((event): SerializedEvent => {
    if (typeof event.eventId !== 'string' || event.eventId.length === 0) throw new TypeError(`Stream ${streamId}: eventId must be a non-empty string`);
    if (seen.has(event.eventId)) throw new TypeError(`Stream ${streamId}: event id ${event.eventId} appears twice in one append`);
    seen.add(event.eventId);
    if (typeof event.type !== 'string' || event.type.length === 0) throw new TypeError(`Event ${event.eventId}: type must be a non-empty string`);
    if (!Number.isSafeInteger(event.schemaVersion) || event.schemaVersion < 0) {
      throw new TypeError(`Event ${event.eventId}: schemaVersion must be an integer >= 0`);
    }
    return {
      eventId: event.eventId,
      type: event.type,
      schemaVersion: event.schemaVersion,
      data: toJson(event.data, `Event ${event.eventId}: data`),
      metadata: toJson(event.metadata, `Event ${event.eventId}: metadata`),
    };
  });
  return { streamId, expected, events: serialized };
}

function toJson(value: unknown, what: string): string {
  // JSON.stringify returns undefined for undefined/functions: such an event could not be read back as written.
  const json = JSON.stringify(value) as string | undefined;
  if (json === undefined) throw new TypeError(`${what} is not JSON-serialisable`);
  return json;
}
