import type { Timer } from '@pdr/application';

// The port's id alphabet, plus BullMQ's ban on integer ids: a timer accepted here is accepted by every adapter.
const TIMER_ID = /^[A-Za-z0-9._-]+$/;

/** Checks a timer before it is armed; returns its due time in epoch ms. */
export function validateTimer(timer: Timer): number {
  const id = timer.timerId;
  if (!TIMER_ID.test(id)) throw new RangeError(`Invalid timer id ${JSON.stringify(id)}: letters, digits, '-', '_' and '.' only`);
  if (`${Number.parseInt(id, 10)}` === id) throw new RangeError(`Invalid timer id ${JSON.stringify(id)}: an integer id is refused (BullMQ reserves them)`);
  const dueAtMs = Date.parse(timer.dueAt);
  if (Number.isNaN(dueAtMs)) throw new RangeError(`Invalid dueAt ${JSON.stringify(timer.dueAt)} for timer ${id}`);
  return dueAtMs;
}
