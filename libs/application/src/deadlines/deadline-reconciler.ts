import { setImmediate as yieldToRequests } from 'node:timers/promises';
import { periodHasEnded } from '@pdr/procedures';
import type { Clock } from '../ports/clock.port';
import type { Scheduler, Timer } from '../ports/scheduler.port';
import { timerOf } from './deadline-timer';
import type { DeadlineLapses } from './deadline-lapses';
import { type PendingDeadlineCursor, pendingDeadlineKey, type PendingDeadlineSource } from './pending-deadline-source';

const ARM_BATCH = 1000;
/**
 * Pending deadlines read per step. Between steps waiting requests go first: reading 50,000 at once held the event
 * loop for over 100 ms every reconciliation (issue 13), a stall every request behind it paid.
 */
export const RECONCILE_PAGE = 500;

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
    const armedById = new Map(armed.map((timer) => [timer.timerId, timer]));
    const wanted = new Set<string>();

    let pending = 0;
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
    // In batches (after a flushed Redis that is every timer); a batch that fails is retried one by one to isolate the culprit.
    const arm = async (batch: readonly Timer[]) => {
      try {
        await this.scheduler.armMany(batch);
        rearmed += batch.length;
      } catch {
        for (const timer of batch) await attempt(() => this.scheduler.arm(timer), () => rearmed++);
      }
    };

    // Earliest first, a page at a time (keyset: a deadline lapsed meanwhile leaves the list without moving the cursor).
    let toArm: Timer[] = [];
    let after: PendingDeadlineCursor | undefined;
    for (;;) {
      const page = await this.source.pending({ limit: RECONCILE_PAGE, ...(after ? { after } : {}) });
      pending += page.length;
      for (const deadline of page) {
        const timer = timerOf(deadline);
        wanted.add(timer.timerId);
        if (periodHasEnded(deadline.dueAt, now)) {
          // A case's deadline through `record` (as ever), a business's through the business decider.
          const lapse = deadline.businessId !== undefined ? () => this.lapses.recordOnBusiness(deadline.businessId, deadline.deadlineId, 'reconciliation') : () => this.lapses.record(deadline.caseId, deadline.deadlineId, 'reconciliation');
          await attempt(lapse, () => firedOverdue++);
          continue;
        }
        if (armedById.get(timer.timerId)?.dueAt !== timer.dueAt) toArm.push(timer);
      }
      if (toArm.length >= ARM_BATCH) {
        await arm(toArm);
        toArm = [];
      }
      if (page.length < RECONCILE_PAGE) break;
      const last = page[page.length - 1]!;
      after = { dueAt: last.dueAt, key: pendingDeadlineKey(last) };
      await yieldToRequests();
    }
    if (toArm.length > 0) await arm(toArm);
    // A timer listed armed whose deadline was never seen pending is stale, unless the timer sync moved it during the
    // pass: a deadline whose due time changed can move behind the cursor unseen, and its timer then has another due time.
    const stale = armed.filter((timer) => !wanted.has(timer.timerId));
    if (stale.length > 0) {
      const current = new Map((await this.scheduler.armed()).map((timer) => [timer.timerId, timer.dueAt]));
      for (const timer of stale) {
        if (current.get(timer.timerId) === timer.dueAt) await attempt(() => this.scheduler.disarm(timer.timerId), () => disarmed++);
      }
    }
    this.last = { at: now.toISOString(), pending, armedBefore: armed.length, rearmed, disarmed, firedOverdue, failures };
    return this.last;
  }
}
