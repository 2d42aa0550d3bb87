/** The only source of "now" outside tests. Domain code never reads it: time arrives on commands. */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };
