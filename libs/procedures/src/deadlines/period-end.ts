/**
 * A period's `dueAt` is the last millisecond of its last day in the calendar's zone: the last instant at which
 * something is still in time (a submission received at exactly `dueAt` is on time). The period ends only once that
 * day has ended, the millisecond after: then, and not before, its lapse is recorded (and dated), timers fire and
 * anything deciding "the period is over" says so.
 */

/** The first instant after the period: one millisecond after `dueAt` (the start of the next day in the calendar's zone). */
export function periodEndedAt(dueAt: string): string {
  return new Date(instantMs(dueAt, 'dueAt') + 1).toISOString();
}

/** Whether the period that is due at `dueAt` has ended at `at`: strictly after its last millisecond. */
export function periodHasEnded(dueAt: string, at: string | Date): boolean {
  const atMs = typeof at === 'string' ? instantMs(at, 'at') : at.getTime();
  return atMs > instantMs(dueAt, 'dueAt');
}

function instantMs(value: string, what: string): number {
  const ms = Date.parse(value);
  if (Number.isNaN(ms)) throw new RangeError(`${what} ${JSON.stringify(value)} is not an instant`);
  return ms;
}
