import { ErrorType, type CurrentRevision } from '@eventstore/db-client';
import { WrongExpectedRevisionError, type ExpectedRevision } from '@pdr/application';
import { fromEsdbCurrentRevision } from './expected-revision';

// Matched on the client's `type` tag, not instanceof: it survives two copies of the client in node_modules.
function errorType(error: unknown): unknown {
  return typeof error === 'object' && error !== null ? (error as { type?: unknown }).type : undefined;
}

/** The client's WrongExpectedVersionError as the port's error; any other error unchanged. */
export function translateAppendError(streamId: string, expected: ExpectedRevision, error: unknown): unknown {
  if (errorType(error) !== ErrorType.WRONG_EXPECTED_VERSION) return error;
  const actual = (error as { actualVersion: CurrentRevision }).actualVersion;
  return new WrongExpectedRevisionError(streamId, expected, fromEsdbCurrentRevision(actual));
}

/** Reading a stream that does not exist (or was soft-deleted): the port answers with no events. */
export function isStreamNotFound(error: unknown): boolean {
  return errorType(error) === ErrorType.STREAM_NOT_FOUND;
}
