import { systemClock, type ArmedTimer, type Clock, type Scheduler, type SchedulerMetrics, type Timer, type TimerHandler, RecentSamples } from '@pdr/application';
import { Queue, Worker, type Job, type JobType } from 'bullmq';
import { Redis } from 'ioredis';
import { TimerBusyError } from './timer-busy.error';
import { TIMER_JOB_NAME, timerFromJob, toJobData, validateTimer, type TimerJobData } from './timer-job';

export interface BullmqSchedulerOptions {
  readonly redisUrl: string;
  readonly queueName?: string;
  /** BullMQ key prefix (default 'bull'): separates deployments or test runs sharing one Redis. */
  readonly prefix?: string;
  /** Only for lateness metrics: BullMQ itself runs on real time. */
  readonly clock?: Clock;
  /** Deliveries per timer before BullMQ gives up (the job stays failed; reconciliation re-arms it). */
  readonly attempts?: number;
  /** First retry delay; each next one doubles (BullMQ's exponential backoff). */
  readonly backoffMs?: number;
  /** Timers delivered at once by this process's worker; 1 keeps due order within a process. */
  readonly concurrency?: number;
}

export const DEFAULT_QUEUE_NAME = 'pdr-deadlines';
const DEFAULT_ATTEMPTS = 12;
const DEFAULT_BACKOFF_MS = 1_000;
/** Finally failed jobs kept for inspection (Bull Board), bounded so Redis does not grow without end. */
const KEEP_FAILED = 1_000;
const HEALTH_TIMEOUT_MS = 2_000;
/** Every state in which a job will still be delivered; a retry waiting out its backoff is 'delayed'. */
const PENDING_TYPES: JobType[] = ['delayed', 'waiting', 'active', 'prioritized', 'waiting-children'];
const PENDING_STATES = new Set<string>(PENDING_TYPES);

/**
 * One delayed BullMQ job per timer, with jobId = timerId. Timers survive restarts as long as Redis keeps
 * them; a flushed Redis loses them, and `armed()` then says so (reconciliation re-arms from the log).
 * Delivery is at least once (a stalled worker's job is re-delivered), and a little late (tens of ms).
 */
/** Timers checked and added per round trip when arming many. */
const ARM_CHUNK = 500;
/**
 * Timers delivered at once. Above 1 so a burst due at one instant drains in parallel; the handler is
 * idempotent and cases guard their own streams, so the only cost is slight reordering within a burst.
 */
const DEFAULT_CONCURRENCY = 8;

export class BullmqScheduler implements Scheduler {
  private readonly lateness = new RecentSamples(1024);
  private worker: Worker<TimerJobData> | undefined;
  private workerConnection: Redis | undefined;
  private lastWorkerError: Error | undefined;
  private stopping: Promise<void> | undefined;
  private armedCount = 0;
  private fired = 0;
  private failed = 0;

  private constructor(
    private readonly options: Required<Omit<BullmqSchedulerOptions, 'prefix'>> & { prefix: string | undefined },
    private readonly connection: Redis,
    /** The queue itself, e.g. for the Bull Board dashboard. */
    readonly queue: Queue<TimerJobData>,
  ) {}

  static async connect(options: BullmqSchedulerOptions): Promise<BullmqScheduler> {
    const resolved = {
      redisUrl: options.redisUrl,
      queueName: options.queueName ?? DEFAULT_QUEUE_NAME,
      prefix: options.prefix,
      clock: options.clock ?? systemClock,
      attempts: options.attempts ?? DEFAULT_ATTEMPTS,
      backoffMs: options.backoffMs ?? DEFAULT_BACKOFF_MS,
      concurrency: options.concurrency ?? DEFAULT_CONCURRENCY,
    };
    const connection = new Redis(resolved.redisUrl, { maxRetriesPerRequest: null });
    const queue = new Queue<TimerJobData>(resolved.queueName, { connection, ...(resolved.prefix ? { prefix: resolved.prefix } : {}) });
    try {
      await queue.waitUntilReady();
    } catch (error) {
      await queue.close().catch(() => undefined);
      connection.disconnect();
      throw error;
    }
    return new BullmqScheduler(resolved, connection, queue);
  }

  /**
   * Same id and due time as a pending job: nothing to do. Otherwise the old job (pending, finally failed or
   * completed) is removed and a new one added. A job being delivered right now cannot be removed: re-arming
   * it with a new due time throws TimerBusyError rather than silently dropping the new time.
   */
  async arm(timer: Timer): Promise<void> {
    await this.armOne(timer);
    await this.refreshArmedCount();
  }

  /**
   * In chunks: the existence checks of a chunk go out together (ioredis pipelines them), timers with no job
   * are added with one addBulk, and only timers that already have a job take the one-by-one path of `arm`.
   */
  async armMany(timers: readonly Timer[]): Promise<void> {
    for (let start = 0; start < timers.length; start += ARM_CHUNK) {
      const chunk = timers.slice(start, start + ARM_CHUNK);
      chunk.forEach(validateTimer);
      const existing = await Promise.all(chunk.map((timer) => this.queue.getJob(timer.timerId)));
      const fresh = chunk.filter((_, index) => !existing[index]);
      if (fresh.length > 0) await this.queue.addBulk(fresh.map((timer) => ({ name: TIMER_JOB_NAME, data: toJobData(timer), opts: this.jobOptions(timer) })));
      for (const [index, timer] of chunk.entries()) if (existing[index]) await this.armOne(timer);
    }
    await this.refreshArmedCount();
  }

  private async armOne(timer: Timer): Promise<void> {
    const dueAtMs = validateTimer(timer);
    const existing = await this.queue.getJob(timer.timerId);
    if (existing) {
      const state = await existing.getState();
      const sameDue = Date.parse(timerFromJob(existing)?.dueAt ?? '') === dueAtMs;
      if (sameDue && PENDING_STATES.has(state)) return;
      if (state === 'active' || (await this.queue.remove(timer.timerId)) === 0) {
        // remove() answers 0 for a job locked by a worker (or already gone): tell them apart.
        if (await this.queue.getJob(timer.timerId)) throw new TimerBusyError(timer.timerId);
      }
    }
    await this.queue.add(TIMER_JOB_NAME, toJobData(timer), this.jobOptions(timer));
  }

  private jobOptions(timer: Timer) {
    return {
      jobId: timer.timerId,
      // BullMQ schedules on real time, whatever clock the app reads.
      delay: Math.max(0, Date.parse(timer.dueAt) - Date.now()),
      attempts: this.options.attempts,
      backoff: { type: 'exponential', delay: this.options.backoffMs },
      removeOnComplete: true,
      removeOnFail: { count: KEEP_FAILED },
    };
  }

  /**
   * Removes the timer's job. A job being delivered right now is locked and stays: that delivery goes on
   * (the handler is idempotent and re-reads the log, so it finds nothing to do), and if it throws, BullMQ
   * retries it like any other. Unknown ids are ignored.
   */
  async disarm(timerId: string): Promise<void> {
    await this.queue.remove(timerId);
    await this.refreshArmedCount();
  }

  async armed(): Promise<ArmedTimer[]> {
    const jobs = (await this.queue.getJobs(PENDING_TYPES)) as (Job<TimerJobData> | undefined)[];
    const byId = new Map<string, ArmedTimer>();
    // A job moving between states while listed can appear twice, or as undefined if it just completed.
    for (const job of jobs) {
      const timer = job ? timerFromJob(job) : undefined;
      if (timer) byId.set(timer.timerId, timer);
    }
    this.armedCount = byId.size;
    return [...byId.values()].sort((a, b) => Date.parse(a.dueAt) - Date.parse(b.dueAt) || (a.timerId < b.timerId ? -1 : a.timerId > b.timerId ? 1 : 0));
  }

  async start(handler: TimerHandler): Promise<void> {
    if (this.worker) throw new Error('BullmqScheduler already started');
    if (this.stopping) throw new Error('BullmqScheduler was stopped');
    // A worker blocks on Redis: its own connection, which must retry forever rather than fail the block.
    this.workerConnection = new Redis(this.options.redisUrl, { maxRetriesPerRequest: null });
    this.worker = new Worker<TimerJobData>(this.options.queueName, (job) => this.process(job, handler), {
      connection: this.workerConnection,
      concurrency: this.options.concurrency,
      ...(this.options.prefix ? { prefix: this.options.prefix } : {}),
    });
    // Without a listener an 'error' event would crash the process; health() reports it instead.
    this.worker.on('error', (error) => {
      this.lastWorkerError = error;
    });
    await this.worker.waitUntilReady();
  }

  stop(): Promise<void> {
    this.stopping ??= (async () => {
      // close() waits for the delivery in flight; the connections are ours to close (BullMQ closes only its own).
      await this.worker?.close();
      await this.queue.close();
      await Promise.all([this.connection, this.workerConnection].map((c) => c?.quit().catch(() => c.disconnect())));
    })();
    return this.stopping;
  }

  /** `armed` is the count last read from Redis (on arm, disarm, armed()), less the timers fired since. */
  metrics(): SchedulerMetrics {
    return { armed: this.armedCount, fired: this.fired, failed: this.failed, latenessMs: this.lateness.summary() };
  }

  async health(): Promise<{ ok: boolean; detail?: string }> {
    let timeout: NodeJS.Timeout | undefined;
    try {
      const pong = await Promise.race([
        this.connection.ping(),
        new Promise<never>((_, reject) => {
          timeout = setTimeout(() => reject(new Error(`no answer from Redis within ${HEALTH_TIMEOUT_MS} ms`)), HEALTH_TIMEOUT_MS);
        }),
      ]);
      const workerNote = this.lastWorkerError ? `; last worker error: ${this.lastWorkerError.message}` : '';
      return { ok: pong === 'PONG', detail: `redis ${pong}${workerNote}` };
    } catch (error) {
      return { ok: false, detail: error instanceof Error ? error.message : String(error) };
    } finally {
      clearTimeout(timeout);
    }
  }

  /** Destroys the queue and every job in it, even one being delivered. */
  async clear(): Promise<void> {
    await this.queue.obliterate({ force: true });
    this.armedCount = 0;
  }

  private async process(job: Job<TimerJobData>, handler: TimerHandler): Promise<void> {
    const timer = timerFromJob(job);
    // Not one of ours: completing it quietly keeps a stray job from retrying forever.
    if (!timer) return;
    // The first delivery only: retries would measure the handler's failures, not the scheduler's lateness.
    if (job.attemptsMade === 0) this.lateness.add(this.options.clock.now().getTime() - Date.parse(timer.dueAt));
    try {
      await handler(timer, new Date());
    } catch (error) {
      this.failed += 1;
      throw error;
    }
    this.fired += 1;
    this.armedCount = Math.max(0, this.armedCount - 1);
  }

  private async refreshArmedCount(): Promise<void> {
    this.armedCount = await this.queue.getJobCountByTypes(...PENDING_TYPES);
  }
}
