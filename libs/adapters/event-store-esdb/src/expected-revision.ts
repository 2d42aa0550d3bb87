import { ANY, NO_STREAM, type AppendExpectedRevision, type CurrentRevision } from '@eventstore/db-client';
import type { ExpectedRevision } from '@pdr/application';

/** Our expected revision in the client's terms: revisions are bigints there. */
export function toEsdbExpectedRevision(expected: ExpectedRevision): AppendExpectedRevision {
  if (expected === 'no-stream') return NO_STREAM;
  if (expected === 'any') return ANY;
  if (!Number.isSafeInteger(expected) || expected < 0) {
    throw new RangeError(`Expected revision must be 'no-stream', 'any' or a non-negative integer, got ${String(expected)}`);
  }
  return BigInt(expected);
}

/** The client's view of a stream's current revision as our number: -1 when the stream does not exist. */
export function fromEsdbCurrentRevision(current: CurrentRevision): number {
  return current === NO_STREAM ? -1 : Number(current);
}

/**
 * Checks an expectation against a known revision (-1 = no stream) without writing: an empty append
 * never reaches the server, because the client cannot report "still no stream" after one.
 */
export function satisfies(expected: ExpectedRevision, actual: number): boolean {
  if (expected === 'any') return true;
  if (expected === 'no-stream') return actual === -1;
  return expected === actual;
}
