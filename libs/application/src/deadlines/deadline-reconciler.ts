import { setImmediate as yieldToRequests } from 'node:timers/promises';
import { periodHasEnded } from '@pdr/procedures';
import type { Clock } from '../ports/clock.port';
import type { Scheduler, Timer } from '../ports/scheduler.port';

const ARM_BATCH = 1000;
import { timerOf } from './deadline-timer';
import type { DeadlineLapses } from './deadline-lapses';
import type { PendingDeadlineSource } from './pending-deadline-source';

export interface ReconciliationReport {
  readonly at: string;
  readonly pending: number;
  readonly armedBefore: number;
  readonly rearmed: number;
  readonly disarmed: number;
  /** Deadlines whose time passed with no timer firing (the system was down, Redis was flushed): fired now. */
  readonly firedOverdue: number;
  /** Timers that could not be armed, disarmed or fired this time (retried at the next reconciliation). */
  readonly failures: number;
}

/**
 * Timers are derived from the log, so nothing is lost when the scheduler loses them: the reconciler
 * compares the running deadlines with the armed timers, re-arms what is missing, drops what is stale,
 * and fires at once, earliest first, every deadline whose time passed while nobody was watching.
 */
export class DeadlineReconciler {
  private last?: ReconciliationReport;

  constructor(
    private readonly source: PendingDeadlineSource,
    private readonly scheduler: Scheduler,
    private readonly lapses: DeadlineLapses,
    private readonly clock: Clock,
    /** Resolves once the read model includes everything logged so far. */
    private readonly catchUp: () => Promise<void>,
    private readonly onFailure: (error: unknown) => void = () => undefined,
  ) {}

  get lastReport(): ReconciliationReport | undefined {
    return this.last;
  }

  async reconcile(): Promise<ReconciliationReport> {
    // Timers listed before the read model catches up: any of them whose deadline is no longer pending is truly done.
    const armed = await this.scheduler.armed();
    await this.catchUp();
    const now = this.clock.now();
    const pending = await this.source.pending();
    // Reading every pending deadline is one long synchronous step (at start, it builds its index): let waiting
    // requests through before the next one (issue 13: a start's first reconciliation held /health for seconds).
    await yieldToRequests();
    const wanted = new Map(pending.map((deadline) => [timerOf(deadline).timerId, deadline]));
    const armedById = new Map(armed.map((timer) => [timer.timerId, timer]));

    let firedOverdue = 0;
    let rearmed = 0;
    let disarmed = 0;
    let failures = 0;
    // Each timer on its own: one that fails (a job mid-delivery, a case refusing) does not stop the rest.
    const attempt = async (action: () => Promise<unknown>, onDone: () => void) => {
      try {
        await action();
        onDone();
      } catch (error) {
        failures++;
        this.onFailure(error);
      }
    };
    const toArm: Timer[] = [];
    for (const deadline of pending) {
      if (periodHasEnded(deadline.dueAt, now)) {
        // A case's deadline through `record` (as ever), a business's through the business decider.
        const lapse = deadline.businessId !== undefined ? () => this.lapses.recordOnBusiness(deadline.businessId, deadline.deadlineId, 'reconciliation') : () => this.lapses.record(deadline.caseId, deadline.deadlineId, 'reconciliation');
        await attempt(lapse, () => firedOverdue++);
        continue;
      }
      const timer = timerOf(deadline);
      if (armedById.get(timer.timerId)?.dueAt !== timer.dueAt) toArm.push(timer);
    }
    // In batches (after a flushed Redis that is every timer); a batch that fails is retried one by one to isolate the culprit.
    for (let start = 0; start < toArm.length; start += ARM_BATCH) {
      const batch = toArm.slice(start, start + ARM_BATCH);
      try {
        await this.scheduler.armMany(batch);
        rearmed += batch.length;
      } catch {
        for (const timer of batch) await attempt(() => this.scheduler.arm(timer), () => rearmed++);
      }
    }
    for (const timer of armed) {
      if (!wanted.has(timer.timerId)) await attempt(() => this.scheduler.disarm(timer.timerId), () => disarmed++);
    }
    this.last = { at: now.toISOString(), pending: pending.length, armedBefore: armed.length, rearmed, disarmed, firedOverdue, failures };
    return this.last;
  }
}
