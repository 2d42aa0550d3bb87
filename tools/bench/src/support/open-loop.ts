import { setTimeout as sleep } from 'node:timers/promises';
import { nowMs } from './stats';

/**
 * Fires `send(index, scheduledAt)` at a fixed rate, by the clock: the i-th call is due at start + i / rate,
 * whatever happened to earlier ones (open loop: a slow server makes requests queue, it does not slow
 * the arrivals). Resolves once the last call is fired, with how late the generator itself ran at worst.
 */
export async function openLoop(rate: number, durationMs: number, send: (index: number, scheduledAt: number) => void): Promise<{ sent: number; startedAt: number; worstLatenessMs: number }> {
  const total = Math.round((rate * durationMs) / 1000);
  const interval = 1000 / rate;
  const startedAt = nowMs();
  let worstLatenessMs = 0;
  let next = 0;
  while (next < total) {
    const now = nowMs();
    while (next < total && startedAt + next * interval <= now) {
      const scheduledAt = startedAt + next * interval;
      worstLatenessMs = Math.max(worstLatenessMs, now - scheduledAt);
      send(next, scheduledAt);
      next++;
    }
    // A timer, not a busy loop: the server shares these two cores. Calls due meanwhile fire in a burst with their own schedule.
    if (next < total) await sleep(Math.max(0, Math.min(interval, startedAt + next * interval - nowMs())));
  }
  return { sent: total, startedAt, worstLatenessMs };
}
