/** The only source of "now" outside tests. Domain code never reads it: time arrives on commands. */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

/**
 * A clock that only moves when told to: for tests and a training sandbox, never on by default.
 * Listeners (the embedded scheduler, the deadline reconciler) learn of each move and fire what fell due.
 */
export class ControllableClock implements Clock {
  private current: number;
  private readonly listeners = new Set<(now: Date) => Promise<void> | void>();

  constructor(start: Date) {
    this.current = start.getTime();
  }

  now(): Date {
    return new Date(this.current);
  }

  /** Moves forward to `to` (never backward) and waits for every listener to act on the new time. */
  async advanceTo(to: Date): Promise<void> {
    if (to.getTime() < this.current) throw new RangeError(`The clock only moves forward: it is ${this.now().toISOString()}, asked for ${to.toISOString()}`);
    this.current = to.getTime();
    for (const listener of this.listeners) await listener(this.now());
  }

  onAdvance(listener: (now: Date) => Promise<void> | void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}

export function isControllable(clock: Clock): clock is ControllableClock {
  return clock instanceof ControllableClock;
}
