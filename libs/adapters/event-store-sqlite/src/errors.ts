/**
 * Some of the appended event ids are already stored, but not as an exact earlier append to this stream
 * (other stream, other order, or only part of the batch). Retrying cannot succeed, so this is not a
 * concurrency conflict: the caller built a wrong batch. Nothing was written.
 */
export class EventIdConflictError extends Error {
  constructor(
    readonly streamId: string,
    readonly eventIds: readonly string[],
    reason: string,
  ) {
    super(`Stream ${streamId}: event ids already stored (${eventIds.join(', ')}): ${reason}`);
    this.name = 'EventIdConflictError';
  }
}

/** The store was closed; it accepts no more calls. */
export class EventStoreClosedError extends Error {
  constructor() {
    super('The SQLite event store is closed');
    this.name = 'EventStoreClosedError';
  }
}
