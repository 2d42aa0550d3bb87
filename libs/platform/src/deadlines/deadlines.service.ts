import { setImmediate as yieldToRequests } from 'node:timers/promises';
import { type BeforeApplicationShutdown, Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { CalendarProvider, CaseFileRetention, type Clock, CommandProcessor, DeadlineLapses, DeadlineReconciler, DeadlineTimerSync, type EventStore, mergedPendingDeadlines, type PendingDeadlineSource, type ReadStore, type Scheduler } from '@pdr/application';
import { BusinessDeadlineSource, CaseQueries, DeadlineQueries } from '@pdr/read-side';
import type { AppConfig } from '../config/app-config';
import { ProjectionsService } from '../projections/projections.service';
import { APP_CONFIG, CLOCK, EVENT_STORE, READ_STORE } from '../tokens';
import { SCHEDULER, SCHEDULER_ADAPTER } from './tokens';

/** Projections must have applied the log up to here before the reconciler trusts them; long enough for a large replay. */
const CATCH_UP_TIMEOUT_MS = 10 * 60 * 1000;

/**
 * The deadline timers of this process. At start: follow the log from its head (arm and disarm as deadlines
 * are set and settled), wait for the projections, reconcile everything before (re-arm, drop, fire overdue),
 * then deliver timers. Reconciliation repeats periodically, so a scheduler that lost timers heals itself.
 */
@Injectable()
export class DeadlinesService implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(DeadlinesService.name);
  readonly lapses: DeadlineLapses;
  readonly reconciler: DeadlineReconciler;
  readonly retention: CaseFileRetention;
  /** Every running deadline: the cases' and those on businesses' own streams (enrolment, CASRO-4). */
  readonly pending: PendingDeadlineSource;
  private readonly sync: DeadlineTimerSync;
  private interval?: NodeJS.Timeout;
  private reconciling?: Promise<unknown>;
  private inFlight?: Promise<unknown>;
  /** Aborted at shutdown: a reconciliation waiting for the projections (which stop too) gives up instead of waiting on. */
  private readonly stopping = new AbortController();

  constructor(
    @Inject(EVENT_STORE) private readonly eventStore: EventStore,
    @Inject(SCHEDULER) readonly scheduler: Scheduler,
    @Inject(SCHEDULER_ADAPTER) readonly adapter: string,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    processor: CommandProcessor,
    deadlines: DeadlineQueries,
    private readonly projections: ProjectionsService,
    cases: CaseQueries,
    calendars: CalendarProvider,
    @Inject(READ_STORE) readStore: ReadStore,
  ) {
    this.pending = mergedPendingDeadlines(deadlines, new BusinessDeadlineSource(readStore));
    this.retention = new CaseFileRetention(cases, processor, calendars, clock, config.caseFileRetentionDays);
    this.lapses = new DeadlineLapses(processor, calendars, clock);
    this.sync = new DeadlineTimerSync(eventStore, scheduler, (error, event) =>
      this.logger.warn(`timer for ${event.type} at position ${event.globalPosition} not updated (the next reconciliation will): ${String(error)}`),
    );
    this.reconciler = new DeadlineReconciler(this.pending, scheduler, this.lapses, clock, () => this.catchUp(), (error) =>
      this.logger.warn(`deadline reconciliation: ${String(error)}`),
    );
  }

  async onApplicationBootstrap(): Promise<void> {
    const head = await this.eventStore.headPosition();
    this.sync.start(head);
    // The first reconciliation waits for the projections, which may be replaying a long log: do not hold up the start.
    this.reconciling = this.reconcile().then(() =>
      this.stopping.signal.aborted ? undefined : this.scheduler.start((timer) => this.lapses.fireTimer(timer.payload).then(() => undefined)),
    );
    this.interval = setInterval(() => void this.reconcile(), this.config.reconcileIntervalMs);
    this.interval.unref();
  }

  /** Before the stores close (onApplicationShutdown): no timer may fire into a closed store. */
  async beforeApplicationShutdown(): Promise<void> {
    this.stopping.abort();
    clearInterval(this.interval);
    await this.reconciling?.catch(() => undefined);
    await this.sync.stop();
    await this.scheduler.stop();
  }

  /** One reconciliation at a time; a failure is logged and retried at the next interval. */
  reconcile(): Promise<unknown> {
    if (this.inFlight) return this.inFlight;
    const run = (async () => {
      try {
        const report = await this.reconciler.reconcile();
        if (report.rearmed || report.disarmed || report.firedOverdue || report.failures) this.logger.log(`reconciled deadlines: ${JSON.stringify(report)}`);
        // BBB-8.3: files whose retention has passed (the reconciler waited for the projections, so the case list is current).
        // Requests waiting since the reconciliation go first: the sweep's first read builds an index of every case.
        await yieldToRequests();
        const disposed = await this.retention.sweep();
        if (disposed.length > 0) this.logger.log(`disposed of ${disposed.length} case file(s) whose retention had passed`);
        return report;
      } catch (error) {
        if (!this.stopping.signal.aborted) this.logger.error(`deadline reconciliation failed: ${String(error)}`);
        return undefined;
      } finally {
        this.inFlight = undefined;
      }
    })();
    this.inFlight = run;
    return run;
  }

  async status() {
    return { scheduler: this.adapter, ...this.scheduler.metrics(), lastReconciliation: this.reconciler.lastReport ?? null, clock: this.clock.now().toISOString() };
  }

  private async catchUp(): Promise<void> {
    const head = await this.eventStore.headPosition();
    const { signal } = this.stopping;
    // The projections stop at shutdown too: waiting for them then would hold the shutdown for CATCH_UP_TIMEOUT_MS.
    let onAbort = () => undefined as void;
    const stopped = new Promise<false>((resolve) => (onAbort = () => resolve(false)));
    if (signal.aborted) onAbort();
    signal.addEventListener('abort', onAbort, { once: true });
    try {
      const reached = await Promise.race([this.projections.waitFor(head, CATCH_UP_TIMEOUT_MS), stopped]);
      if (signal.aborted) throw new Error('shutting down');
      if (!reached) throw new Error(`projections did not reach position ${head}`);
    } finally {
      // One reconciliation a minute: a listener left on the signal each time would pile up for the process's life.
      signal.removeEventListener('abort', onAbort);
    }
  }
}
