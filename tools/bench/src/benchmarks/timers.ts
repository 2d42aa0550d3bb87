import { setTimeout as sleep } from 'node:timers/promises';
import { systemClock, type Scheduler, type Timer } from '@pdr/application';
import { BullmqScheduler } from '@pdr/scheduler-bullmq';
import { EmbeddedScheduler } from '@pdr/scheduler-embedded';
import type { Benchmark } from '../support/benchmark';
import { random } from '../support/case-events';
import type { Reporter, Target } from '../support/figures';
import { formatNumber } from '../support/format';
import { benchQueueOptions, disposeQueue, REDIS_URL, redisUnavailableReason } from '../support/redis';
import { nowMs, Samples } from '../support/stats';

const EMBEDDED_P99_TARGET_MS = 50;
const BULLMQ_P99_TARGET_MS = 250;
/** Timers armed at once while setting up a phase (arming is not what is measured, but must end before the first is due). */
const ARM_CONCURRENCY = 50;
/** How long past the last due time a phase waits for deliveries before counting the rest as not delivered. */
const GRACE_MS = 15_000;

interface Phase {
  readonly label: string;
  readonly timers: number;
  /** Due times in ms after the moment arming starts, uniform in [from, to); from === to is a burst. */
  readonly fromMs: number;
  readonly toMs: number;
}

/**
 * Timer lateness: fired-at minus due-at, measured by the handler with Date.now(), for timers armed through the
 * Scheduler port on the embedded scheduler (system clock) and on BullMQ (a queue of its own, obliterated afterwards).
 * Two phases each: timers due spread over a window a few seconds ahead, then a burst all due at the same instant.
 * The handler does nothing else, so the figures are the scheduler's own delay.
 */
export const timersBenchmark: Benchmark = {
  name: 'timers',
  description: 'timer lateness p50/p99/max on the embedded scheduler and on BullMQ (spread, then a burst)',
  async run(report, { quick }) {
    const phases: Phase[] = quick
      ? [
          { label: 'spread', timers: 200, fromMs: 2_000, toMs: 3_000 },
          { label: 'burst', timers: 50, fromMs: 2_000, toMs: 2_000 },
        ]
      : [
          { label: 'spread', timers: 2_000, fromMs: 5_000, toMs: 10_000 },
          { label: 'burst', timers: 500, fromMs: 3_000, toMs: 3_000 },
        ];

    const embedded = new EmbeddedScheduler({ clock: systemClock });
    try {
      await measure(report, 'embedded', embedded, phases, { kind: 'below', value: EMBEDDED_P99_TARGET_MS });
    } finally {
      await embedded.stop();
    }

    const unavailable = await redisUnavailableReason();
    if (unavailable) {
      report.note(`BullMQ part SKIPPED: ${unavailable}`);
      return;
    }
    const options = benchQueueOptions('timers');
    report.note(`BullMQ: ${REDIS_URL}, queue ${options.prefix}:${options.queueName} (obliterated afterwards), adapter defaults (worker concurrency 1)`);
    let bullmq: BullmqScheduler | undefined;
    try {
      bullmq = await BullmqScheduler.connect(options);
      await measure(report, 'bullmq', bullmq, phases, { kind: 'below', value: BULLMQ_P99_TARGET_MS });
    } finally {
      await disposeQueue(bullmq, options);
    }
  },
};

async function measure(report: Reporter, name: string, scheduler: Scheduler, phases: readonly Phase[], target: Target): Promise<void> {
  let current: { lateness: Samples; seen: Set<string>; duplicates: number } | undefined;
  await scheduler.start(async (timer: Timer) => {
    const firedAt = Date.now();
    if (!current) return;
    if (current.seen.has(timer.timerId)) {
      current.duplicates++;
      return;
    }
    current.seen.add(timer.timerId);
    current.lateness.add(firedAt - Date.parse(timer.dueAt));
  });

  for (const [index, phase] of phases.entries()) {
    const state = { lateness: new Samples(), seen: new Set<string>(), duplicates: 0 };
    current = state;
    const rnd = random(100 + index);
    const base = Date.now();
    const timers: Timer[] = Array.from({ length: phase.timers }, (_, i) => {
      const offset = phase.fromMs === phase.toMs ? phase.fromMs : phase.fromMs + rnd() * (phase.toMs - phase.fromMs);
      return { timerId: `bench-${name}-${phase.label}-${i}`, dueAt: new Date(base + Math.round(offset)).toISOString(), payload: { i: String(i) } };
    });
    const armStarted = nowMs();
    await inParallel(timers, ARM_CONCURRENCY, (timer) => scheduler.arm(timer));
    const armMs = nowMs() - armStarted;
    const lastDue = base + phase.toMs;
    while (state.seen.size < phase.timers && Date.now() < lastDue + GRACE_MS) await sleep(20);
    await sleep(200); // late duplicates, if any

    const what = phase.fromMs === phase.toMs ? `${formatNumber(phase.timers)} due at one instant` : `${formatNumber(phase.timers)} due over ${phase.fromMs / 1000}–${phase.toMs / 1000} s`;
    report.note(
      `${name} ${phase.label}: ${what}; arming took ${formatNumber(armMs)} ms (${ARM_CONCURRENCY} at a time)` +
        `${armMs > phase.fromMs ? ' — LONGER than the lead time, lateness includes arming' : ''}; earliest delivery ${formatNumber(state.lateness.percentile(0))} ms vs due`,
    );
    const label = `${name} ${phase.label} (${formatNumber(phase.timers)})`;
    report.figure(`${label}: lateness p50`, state.lateness.percentile(50), 'ms');
    report.figure(`${label}: lateness p99`, state.lateness.percentile(99), 'ms', target);
    report.figure(`${label}: lateness max`, state.lateness.max(), 'ms');
    report.figure(`${label}: delivered (once or more)`, state.seen.size, 'timers', { kind: 'at-least', value: phase.timers });
    if (state.duplicates > 0) report.note(`${name} ${phase.label}: ${state.duplicates} duplicate deliveries`);
  }
  const metrics = scheduler.metrics();
  report.note(`${name} metrics(): fired ${metrics.fired}, failed ${metrics.failed}, armed ${metrics.armed}, lateness p50/p99 ${metrics.latenessMs.p50}/${metrics.latenessMs.p99} ms over the last ${metrics.latenessMs.samples}`);
}

async function inParallel<T>(items: readonly T[], concurrency: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const lane = async () => {
    while (next < items.length) await work(items[next++]!);
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, items.length) }, lane));
}
