/**
 * Durable-enough timers: a timer only tells the procedure that time has passed. The log is the truth:
 * the worker re-derives every timer from the pending deadlines (reconciliation), so a scheduler may
 * lose timers (Redis flushed, process restarted) without losing a deadline.
 */
export interface Timer {
  /** Deterministic, so arming twice is harmless. Letters, digits, '-', '_' and '.' only (BullMQ forbids ':'). */
  readonly timerId: string;
  /** ISO-8601 instant at which the timer should fire. */
  readonly dueAt: string;
  /** What the handler needs to act: small, JSON-serialisable. */
  readonly payload: Readonly<Record<string, string>>;
}

export interface ArmedTimer extends Timer {}

/** Called for each due timer. Delivery is at least once: the handler must be idempotent. A throw means "retry later". */
export type TimerHandler = (timer: Timer, firedAt: Date) => Promise<void>;

export interface SchedulerMetrics {
  readonly armed: number;
  readonly fired: number;
  readonly failed: number;
  /** Fired-at minus due-at over recent firings, in ms. */
  readonly latenessMs: { readonly p50: number | null; readonly p99: number | null; readonly samples: number };
}

export interface Scheduler {
  /** Arms or re-arms a timer; an armed timer with the same id and due time is left as it is. */
  arm(timer: Timer): Promise<void>;
  /** Arms many timers, each as `arm` would; adapters batch the work (reconciliation re-arms thousands at once). */
  armMany(timers: readonly Timer[]): Promise<void>;
  /** Removes a timer; unknown ids are ignored. */
  disarm(timerId: string): Promise<void>;
  /** Every timer armed and not yet fired successfully. */
  armed(): Promise<ArmedTimer[]>;
  /** Starts delivering due timers to the handler (once per scheduler). */
  start(handler: TimerHandler): Promise<void>;
  stop(): Promise<void>;
  metrics(): SchedulerMetrics;
  health(): Promise<{ ok: boolean; detail?: string }>;
  /** Removes every timer: for tests and for a sandbox reset. */
  clear(): Promise<void>;
}
