/**
 * A timer's job is being delivered right now (active, locked by a worker), so it cannot be replaced.
 * Thrown by `arm` with a new due time; the caller (or the next reconciliation) arms it again later.
 */
export class TimerBusyError extends Error {
  constructor(readonly timerId: string) {
    super(`Timer ${timerId} is being delivered and cannot be re-armed now; arm it again once the delivery ends`);
    this.name = 'TimerBusyError';
  }
}
