import { WrongExpectedRevisionError, type AppendResult, type ExpectedRevision } from '@pdr/application';
import type { Written } from './append-batcher';
import type { AppendRequest } from './append-request';
import { EventIdConflictError } from './errors';
import type { Statements } from './statements';

/**
 * Applies one append inside the current transaction: the idempotency check, the revision check, then the
 * inserts. Throws to refuse; the caller runs it in a SAVEPOINT so a refusal undoes only this append.
 */
export function writeAppend(statements: Statements, request: AppendRequest, recordedAt: string): Written {
  const { streamId, events, expected } = request;

  // Ids are unique across the store, so if the first id is stored this can only be a retry (or a mistake).
  // A retry succeeds whatever it expects: its events are in the stream, which is all the caller asked for,
  // and its original expectation is, by design, stale now.
  if (events[0] && statements.findEvent(events[0].eventId)) return { result: findEarlierAppend(statements, request), inserted: 0 };

  const head = statements.streamHead(streamId);
  if (!satisfies(expected, head.revision)) throw new WrongExpectedRevisionError(streamId, expected, head.revision);
  if (events.length === 0) return { result: { nextRevision: head.revision, lastPosition: head.position }, inserted: 0 };

  let revision = head.revision;
  let position = head.position;
  for (const event of events) {
    revision += 1;
    try {
      position = statements.insertEvent({ ...event, streamId, revision, recordedAt });
    } catch (error) {
      // The first id was new, so a later id already stored can never make this batch a retry. The stored id is
      // looked up rather than read from the error's wording, which SQLite does not promise.
      if (isConstraintError(error) && statements.findEvent(event.eventId)) {
        throw new EventIdConflictError(streamId, [event.eventId], 'the id belongs to another event');
      }
      throw error;
    }
  }
  return { result: { nextRevision: revision, lastPosition: position }, inserted: events.length };
}

function satisfies(expected: ExpectedRevision, actual: number): boolean {
  if (expected === 'any') return true;
  if (expected === 'no-stream') return actual === -1;
  return expected === actual;
}

/** Proves the batch was stored before, whole, consecutively and in order, in this stream; otherwise refuses. */
function findEarlierAppend(statements: Statements, { streamId, events }: AppendRequest): AppendResult {
  const stored = events.map((event) => ({ eventId: event.eventId, ref: statements.findEvent(event.eventId) }));
  const ids = stored.map((s) => s.eventId);
  const firstRef = stored[0]!.ref!;
  for (const [index, { ref }] of stored.entries()) {
    if (!ref) throw new EventIdConflictError(streamId, ids, 'only part of the batch is already stored');
    if (ref.streamId !== streamId) throw new EventIdConflictError(streamId, ids, `already stored in stream ${ref.streamId}`);
    if (ref.revision !== firstRef.revision + index) {
      throw new EventIdConflictError(streamId, ids, 'already stored, but not consecutively in this order');
    }
  }
  const last = stored[stored.length - 1]!.ref!;
  return { nextRevision: last.revision, lastPosition: last.position };
}

function isConstraintError(error: unknown): boolean {
  return typeof (error as { code?: unknown })?.code === 'string' && (error as { code: string }).code.startsWith('SQLITE_CONSTRAINT');
}
