import { isControllable, type ArmedTimer, type Clock, type Scheduler, type SchedulerMetrics, type Timer, type TimerHandler, RecentSamples } from '@pdr/application';
import { TimerHeap, type HeapEntry } from './timer-heap';
import { validateTimer } from './timer-validation';

export interface EmbeddedSchedulerOptions {
  readonly clock: Clock;
  /** Delay before each retry of a failed delivery; the last one repeats. */
  readonly retryDelaysMs?: readonly number[];
}

export const DEFAULT_RETRY_DELAYS_MS: readonly number[] = [100, 1_000, 5_000, 30_000];
/** setTimeout overflows past 2^31-1 ms (about 24.8 days): longer waits re-check when this one ends. */
const MAX_TIMEOUT_MS = 2 ** 31 - 1;

/**
 * In-process timers: an indexed min-heap ordered by due time, one setTimeout for the earliest.
 * Loses every timer on restart, which the port allows: reconciliation re-arms them from the log.
 *
 * With a ControllableClock it uses no real timers at all: timers fire only when the clock is advanced,
 * in due order, before `advanceTo` resolves (a past-due timer armed between advances waits for the next one).
 */
export class EmbeddedScheduler implements Scheduler {
  private readonly clock: Clock;
  private readonly retryDelaysMs: readonly number[];
  private readonly heap = new TimerHeap();
  /** The current entry per id, including the one being delivered (armed until its handler succeeds). */
  private readonly entries = new Map<string, HeapEntry>();
  private readonly lateness = new RecentSamples(1024);
  private handler: TimerHandler | undefined;
  private stopped = false;
  private timeout: NodeJS.Timeout | undefined;
  private unsubscribe: (() => void) | undefined;
  private draining: Promise<void> | undefined;
  private fired = 0;
  private failed = 0;

  constructor(options: EmbeddedSchedulerOptions) {
    this.clock = options.clock;
    const delays = options.retryDelaysMs ?? DEFAULT_RETRY_DELAYS_MS;
    this.retryDelaysMs = delays.length > 0 ? delays : DEFAULT_RETRY_DELAYS_MS;
  }

  async armMany(timers: readonly Timer[]): Promise<void> {
    for (const timer of timers) await this.arm(timer);
  }

  async arm(timer: Timer): Promise<void> {
    const dueAtMs = validateTimer(timer);
    const existing = this.entries.get(timer.timerId);
    if (existing && existing.dueAtMs === dueAtMs) return;
    if (existing) this.heap.remove(existing);
    const entry: HeapEntry = {
      timerId: timer.timerId,
      dueAt: timer.dueAt,
      dueAtMs,
      payload: { ...timer.payload },
      nextAttemptMs: dueAtMs,
      failures: 0,
      position: -1,
    };
    this.entries.set(entry.timerId, entry);
    this.heap.push(entry);
    if (this.heap.peek() === entry) this.wake();
  }

  async disarm(timerId: string): Promise<void> {
    const entry = this.entries.get(timerId);
    if (!entry) return;
    this.entries.delete(timerId);
    this.heap.remove(entry);
  }

  async armed(): Promise<ArmedTimer[]> {
    return [...this.entries.values()]
      .sort((a, b) => a.dueAtMs - b.dueAtMs || (a.timerId < b.timerId ? -1 : a.timerId > b.timerId ? 1 : 0))
      .map(toTimer);
  }

  async start(handler: TimerHandler): Promise<void> {
    if (this.handler) throw new Error('EmbeddedScheduler already started');
    if (this.stopped) throw new Error('EmbeddedScheduler was stopped');
    this.handler = handler;
    if (isControllable(this.clock)) this.unsubscribe = this.clock.onAdvance(() => this.drain());
    else this.wake();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timeout) clearTimeout(this.timeout);
    this.timeout = undefined;
    this.unsubscribe?.();
    this.unsubscribe = undefined;
    // The loop checks `stopped` between deliveries: this waits only for the handler in flight.
    await this.draining;
  }

  metrics(): SchedulerMetrics {
    return { armed: this.entries.size, fired: this.fired, failed: this.failed, latenessMs: this.lateness.summary() };
  }

  async health(): Promise<{ ok: boolean; detail?: string }> {
    if (this.stopped) return { ok: false, detail: 'stopped' };
    return { ok: true, detail: `${this.entries.size} armed${this.handler ? '' : ', not started'}` };
  }

  async clear(): Promise<void> {
    this.heap.clear();
    this.entries.clear();
    if (this.timeout) clearTimeout(this.timeout);
    this.timeout = undefined;
  }

  /** Real-time mode: (re)sets the single setTimeout for the earliest timer. Controllable mode never uses one. */
  private wake(): void {
    if (!this.handler || this.stopped || isControllable(this.clock) || this.draining) return;
    if (this.timeout) clearTimeout(this.timeout);
    this.timeout = undefined;
    const top = this.heap.peek();
    if (!top) return;
    const delay = Math.min(Math.max(0, top.nextAttemptMs - this.clock.now().getTime()), MAX_TIMEOUT_MS);
    this.timeout = setTimeout(() => {
      this.timeout = undefined;
      void this.drain();
    }, delay);
  }

  /** Delivers every timer due by the clock, earliest first, one at a time (one loop at a time). */
  private drain(): Promise<void> {
    // Chained, not shared: the running loop may already have decided to stop, so a new caller gets a fresh pass.
    if (this.draining) return this.draining.then(() => this.drain());
    const run = this.drainLoop().finally(() => {
      if (this.draining === run) this.draining = undefined;
      this.wake();
    });
    this.draining = run;
    return run;
  }

  private async drainLoop(): Promise<void> {
    for (;;) {
      const top = this.heap.peek();
      if (!top || this.stopped || !this.handler) return;
      if (top.nextAttemptMs > this.clock.now().getTime()) return;
      this.heap.remove(top);
      await this.deliver(top, this.handler);
    }
  }

  private async deliver(entry: HeapEntry, handler: TimerHandler): Promise<void> {
    const firedAt = this.clock.now();
    // Lateness of the first delivery only: retries measure the handler's failures, not the scheduler.
    if (entry.failures === 0) this.lateness.add(firedAt.getTime() - entry.dueAtMs);
    try {
      await handler(toTimer(entry), firedAt);
      this.fired += 1;
      // Re-armed or disarmed while in flight: the newer state wins.
      if (this.entries.get(entry.timerId) === entry) this.entries.delete(entry.timerId);
    } catch {
      this.failed += 1;
      if (this.entries.get(entry.timerId) !== entry) return;
      const delay = this.retryDelaysMs[Math.min(entry.failures, this.retryDelaysMs.length - 1)]!;
      entry.failures += 1;
      // At least 1 ms later, so a still-clock (controllable) drain cannot spin on the same failure.
      entry.nextAttemptMs = this.clock.now().getTime() + Math.max(1, delay);
      this.heap.push(entry);
    }
  }
}

function toTimer(entry: HeapEntry): ArmedTimer {
  return { timerId: entry.timerId, dueAt: entry.dueAt, payload: { ...entry.payload } };
}
