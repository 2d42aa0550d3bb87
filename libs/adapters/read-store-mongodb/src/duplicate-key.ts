import { DuplicateKeyError } from '@pdr/application';

// 11000 is DuplicateKey; 11001 is its pre-2.6 twin that some tooling still reports.
const DUPLICATE_KEY_CODES = new Set([11000, 11001]);

interface ServerErrorLike {
  readonly code?: unknown;
  readonly keyValue?: unknown;
  readonly errmsg?: unknown;
  readonly message?: unknown;
  /** MongoBulkWriteError: one per failed operation (one at most, as our bulk writes are ordered). */
  readonly writeErrors?: unknown;
}

interface WriteErrorLike {
  readonly code?: unknown;
  readonly errmsg?: unknown;
  /** The server's write error as the driver kept it (index, code, errmsg, errInfo, op: no keyValue). */
  readonly err?: { readonly keyValue?: unknown };
}

/** `{ _id: "case-1" }` out of `E11000 duplicate key error collection: … dup key: { _id: "case-1" }`. */
export function keyFromMessage(message: unknown): unknown {
  if (typeof message !== 'string') return message;
  const at = message.indexOf('dup key: ');
  return at < 0 ? message : message.slice(at + 'dup key: '.length);
}

/** A duplicate key error from the driver (single write or bulk) as the port's error; others unchanged. */
export function translateDuplicateKey(collection: string, error: unknown): unknown {
  if (typeof error !== 'object' || error === null) return error;
  const serverError = error as ServerErrorLike;
  const writeErrors = Array.isArray(serverError.writeErrors)
    ? (serverError.writeErrors as WriteErrorLike[])
    : serverError.writeErrors
      ? [serverError.writeErrors as WriteErrorLike]
      : [];
  const duplicate = writeErrors.find((writeError) => DUPLICATE_KEY_CODES.has(Number(writeError.code)));
  if (duplicate) return new DuplicateKeyError(collection, duplicate.err?.keyValue ?? keyFromMessage(duplicate.errmsg));
  if (DUPLICATE_KEY_CODES.has(Number(serverError.code))) {
    return new DuplicateKeyError(collection, serverError.keyValue ?? keyFromMessage(serverError.errmsg ?? serverError.message));
  }
  return error;
}
