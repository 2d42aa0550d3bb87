import { START, type Position, type ReadPosition } from '@eventstore/db-client';

/*
 * How a log position of EventStoreDB becomes our `globalPosition` (a plain number).
 *
 * ESDB orders $all by (commit, prepare). The prepare position is the byte offset of the event's own
 * record in the transaction log, so it differs for every event. The commit position may not: depending
 * on the server version and on how a batch was committed, the events of one multi-event append can
 * report the same commit position (that of the batch). Appends through the gRPC API are implicit
 * transactions whose records are written contiguously, so their prepare positions increase in exactly
 * the order of $all. We therefore use the prepare position: unique and strictly increasing.
 * (Explicit transactions of the retired TCP API could interleave; this store never writes them.)
 *
 * Resuming "after P": current servers report commit == prepare for gRPC-written events and read $all
 * inclusively from a position, so reading from {commit: P, prepare: P} starts at that very event;
 * we then drop every event whose prepare position is <= P. Whether a server treats the start as
 * inclusive (reads) or exclusive (subscriptions), nothing after P is skipped and nothing at or
 * before it is delivered twice.
 */

/** Where to start reading $all to see everything after `after` (exclusive); see above. */
export function readPositionAfter(after: number | undefined): ReadPosition {
  if (after === undefined || after < 0) return START;
  if (!Number.isSafeInteger(after)) throw new RangeError(`Global position must be an integer, got ${after}`);
  const position = BigInt(after);
  return { commit: position, prepare: position };
}

// A u64 of all ones: what the server reports when it has no position for a record.
const NO_POSITION = 0xffffffffffffffffn;

/** Our global position for an event: its prepare position as a safe integer. */
export function toGlobalPosition(position: Position | undefined, eventId: string): number {
  if (!position || position.prepare === NO_POSITION || position.prepare < 0n) {
    throw new Error(`EventStoreDB reported no log position for event ${eventId} (EventStoreDB 22.6 or later is required)`);
  }
  if (position.prepare > BigInt(Number.MAX_SAFE_INTEGER)) {
    throw new RangeError(`Log position ${position.prepare} of event ${eventId} exceeds Number.MAX_SAFE_INTEGER`);
  }
  return Number(position.prepare);
}
