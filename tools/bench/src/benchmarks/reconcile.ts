import {
  DeadlineReconciler,
  pendingDeadlinesIn,
  timerOf,
  systemClock,
  type DeadlineLapses,
  type PendingDeadline,
  type PendingDeadlineSource,
  type ReconciliationReport,
  type Scheduler,
} from '@pdr/application';
import { BullmqScheduler } from '@pdr/scheduler-bullmq';
import { EmbeddedScheduler } from '@pdr/scheduler-embedded';
import type { Benchmark } from '../support/benchmark';
import { random } from '../support/case-events';
import type { Reporter } from '../support/figures';
import { formatBytes, formatNumber } from '../support/format';
import { retainedHeap } from '../support/memory';
import { benchQueueOptions, disposeQueue, queueKeyCount, REDIS_URL, redisMemory, redisUnavailableReason } from '../support/redis';
import { nowMs, perSecond } from '../support/stats';

const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;
/** Share of deadlines already overdue in scenario (c). */
const OVERDUE_SHARE = 0.01;
const BULK_CHUNK = 1_000;
const DEADLINE_IDS = ['respond-to-complaint', 'provide-information', 'hearing-notice', 'decision'];

/** Counts lapses instead of processing a command: the reconciler's own cost, not the command processor's. */
class CountingLapses {
  recorded = 0;
  async record(_caseId: string, _deadlineId: string, _trigger: 'timer' | 'reconciliation' | 'clock'): Promise<void> {
    this.recorded++;
  }
}

/**
 * 100,000 pending deadlines (due 1 hour to 60 days ahead): arming them all through the Scheduler port (time; Redis
 * INFO used_memory on BullMQ, retained heap on the embedded scheduler), then DeadlineReconciler.reconcile() against an
 * in-memory PendingDeadlineSource when (a) every timer is already armed, (b) the scheduler was cleared (re-arms all),
 * (c) 1% of the deadlines are overdue (fired through a counting DeadlineLapses stub; their timers are still armed).
 * Arming is one `arm` at a time, awaited, as the reconciler does: the port has no bulk arm.
 */
export const reconcileBenchmark: Benchmark = {
  name: 'reconcile',
  description: 'arming and reconciling 100,000 pending deadlines on the embedded scheduler and on BullMQ (time, memory)',
  async run(report, { quick }) {
    const count = quick ? 5_000 : 100_000;
    const deadlines = makeDeadlines(count);
    const withOverdue = makeOverdue(deadlines);
    report.note(`${formatNumber(count)} pending deadlines due ${deadlines[0]!.dueAt} .. ${deadlines[count - 1]!.dueAt}; (c) makes ${formatNumber(Math.round(count * OVERDUE_SHARE))} of them overdue`);

    const heapBefore = retainedHeap();
    const embedded = new EmbeddedScheduler({ clock: systemClock });
    try {
      await embedded.start(async () => undefined);
      await armAll(report, 'embedded', embedded, deadlines);
      const heapAfter = retainedHeap();
      report.figure(`embedded: heap retained by ${formatNumber(count)} armed timers`, (heapAfter - heapBefore) / (1024 * 1024), 'MiB');
      report.figure('embedded: heap per armed timer', (heapAfter - heapBefore) / count, 'B');
      await reconcileScenarios(report, 'embedded', embedded, deadlines, withOverdue);
    } finally {
      await embedded.stop();
    }

    const unavailable = await redisUnavailableReason();
    if (unavailable) {
      report.note(`BullMQ part SKIPPED: ${unavailable}`);
      return;
    }
    const options = benchQueueOptions('reconcile');
    report.note(`BullMQ: ${REDIS_URL}, queue ${options.prefix}:${options.queueName} (obliterated afterwards); no worker started (every timer is in the future)`);
    let bullmq: BullmqScheduler | undefined;
    try {
      bullmq = await BullmqScheduler.connect(options);
      const before = await redisMemory();
      await armAll(report, 'bullmq', bullmq, deadlines);
      const after = await redisMemory();
      const keys = await queueKeyCount(options);
      report.note(`bullmq: used_memory ${formatBytes(before.usedMemory)} -> ${formatBytes(after.usedMemory)}, ${formatNumber(keys)} keys under the queue's prefix (shared Redis: other clients' keys count too)`);
      report.figure(`bullmq: Redis used_memory growth for ${formatNumber(count)} timers`, (after.usedMemory - before.usedMemory) / (1024 * 1024), 'MiB');
      report.figure('bullmq: Redis memory per armed timer', (after.usedMemory - before.usedMemory) / count, 'B');
      await reconcileScenarios(report, 'bullmq', bullmq, deadlines, withOverdue);
    } finally {
      await disposeQueue(bullmq, options);
    }
    await bulkReference(report, deadlines);
  },
};

function makeDeadlines(count: number): PendingDeadline[] {
  const rnd = random(2026);
  const hex = (digits: number) => Array.from({ length: digits }, () => Math.floor(rnd() * 16).toString(16)).join('');
  const base = Date.now() + HOUR_MS;
  const deadlines: PendingDeadline[] = Array.from({ length: count }, () => ({
    caseId: `${hex(8)}-${hex(4)}-4${hex(3)}-8${hex(3)}-${hex(12)}`,
    deadlineId: DEADLINE_IDS[Math.floor(rnd() * DEADLINE_IDS.length)]!,
    dueAt: new Date(base + Math.floor(rnd() * 60 * DAY_MS)).toISOString(),
  }));
  return deadlines.sort((a, b) => (a.dueAt < b.dueAt ? -1 : a.dueAt > b.dueAt ? 1 : 0));
}

/** The same deadlines with every 100th moved into the past (its timer, armed earlier, still has the old due time); sorted again. */
function makeOverdue(deadlines: readonly PendingDeadline[]): PendingDeadline[] {
  const step = Math.round(1 / OVERDUE_SHARE);
  const now = Date.now();
  return deadlines
    .map((d, i) => (i % step === 0 ? { ...d, dueAt: new Date(now - (1 + (i % 48)) * HOUR_MS).toISOString() } : d))
    .sort((a, b) => (a.dueAt < b.dueAt ? -1 : a.dueAt > b.dueAt ? 1 : 0));
}

async function armAll(report: Reporter, name: string, scheduler: Scheduler, deadlines: readonly PendingDeadline[]): Promise<void> {
  const started = nowMs();
  const quarter = Math.ceil(deadlines.length / 4);
  for (let i = 0; i < deadlines.length; i++) {
    const d = deadlines[i]!;
    await scheduler.arm(timerOf(d));
    if ((i + 1) % quarter === 0 && i + 1 < deadlines.length) report.note(`${name}: ${formatNumber(i + 1)} armed after ${formatNumber((nowMs() - started) / 1000)} s`);
  }
  const elapsed = nowMs() - started;
  report.figure(`${name}: arm ${formatNumber(deadlines.length)} timers through the port (one at a time): time`, elapsed / 1000, 's');
  report.figure(`${name}: arm through the port: throughput`, perSecond(deadlines.length, elapsed), 'timers/s');
}

async function reconcileScenarios(report: Reporter, name: string, scheduler: Scheduler, deadlines: PendingDeadline[], withOverdue: PendingDeadline[]): Promise<void> {
  let pending = deadlines;
  const source: PendingDeadlineSource = pendingDeadlinesIn(() => pending);
  const lapses = new CountingLapses();
  const reconciler = new DeadlineReconciler(source, scheduler, lapses as unknown as DeadlineLapses, systemClock, async () => undefined);
  const count = deadlines.length;

  let started = nowMs();
  const armed = await scheduler.armed();
  const listMs = nowMs() - started;
  report.figure(`${name}: armed() listing ${formatNumber(armed.length)} timers`, listMs / 1000, 's');

  const run = async (label: string): Promise<ReconciliationReport> => {
    started = nowMs();
    const result = await reconciler.reconcile();
    const elapsed = nowMs() - started;
    report.figure(`${name}: reconcile ${label}: time`, elapsed / 1000, 's');
    report.figure(`${name}: reconcile ${label}: deadlines/s`, perSecond(count, elapsed), '/s');
    report.note(`${name} ${label}: ${JSON.stringify({ ...result, at: undefined })}`);
    return result;
  };

  await run('(a) all armed, no-op');
  await scheduler.clear();
  await run('(b) after clear, re-arm all');
  pending = withOverdue;
  const before = lapses.recorded;
  await run('(c) 1% overdue');
  report.note(`${name} (c): ${lapses.recorded - before} lapses recorded through the stub`);
}

/**
 * Reference only, not through the port: the adapter exposes its Queue (for the dashboard), so this shows what BullMQ's
 * addBulk costs for the same jobs (same options as the adapter's arm), on a queue of its own. It skips the adapter's
 * per-timer checks (existing job, its state), so it is the floor a bulk arm on the port could approach for new timers.
 */
async function bulkReference(report: Reporter, deadlines: readonly PendingDeadline[]): Promise<void> {
  const options = benchQueueOptions('reconcile-bulk');
  let scheduler: BullmqScheduler | undefined;
  try {
    scheduler = await BullmqScheduler.connect(options);
    const before = await redisMemory();
    const started = nowMs();
    for (let i = 0; i < deadlines.length; i += BULK_CHUNK) {
      const now = Date.now();
      await scheduler.queue.addBulk(
        deadlines.slice(i, i + BULK_CHUNK).map((d) => {
          const timer = timerOf(d);
          return {
            name: 'timer',
            data: { dueAt: timer.dueAt, payload: timer.payload },
            opts: {
              jobId: timer.timerId,
              delay: Math.max(0, Date.parse(timer.dueAt) - now),
              attempts: 12,
              backoff: { type: 'exponential', delay: 1_000 },
              removeOnComplete: true,
              removeOnFail: { count: 1_000 },
            },
          };
        }),
      );
    }
    const elapsed = nowMs() - started;
    const after = await redisMemory();
    report.figure(`reference, bypassing the port: Queue.addBulk of ${formatNumber(deadlines.length)} (chunks of ${BULK_CHUNK}): time`, elapsed / 1000, 's');
    report.figure('reference, bypassing the port: Queue.addBulk: throughput', perSecond(deadlines.length, elapsed), 'timers/s');
    report.note(`addBulk reference: Redis memory per job ${formatNumber((after.usedMemory - before.usedMemory) / deadlines.length)} B`);
  } finally {
    await disposeQueue(scheduler, options);
  }
}
