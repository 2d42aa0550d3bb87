import { type EventStore, type ReadStore, RecentSamples } from '@pdr/application';
import type { RecordedEvent, UpcasterRegistry } from '@pdr/event-sourcing';
import { type Checkpoint, CheckpointStore } from './checkpoint-store';
import { type AttemptPolicy, attemptEvent, DEFAULT_ATTEMPT_POLICY } from './event-attempts';
import type { Projection } from './projection';
import { ProjectionFeed } from './projection-feed';
import { ProjectionWriter, upcastOnce } from './projection-writer';
import { type QuarantinedEvent, QuarantineStore } from './quarantine-store';
import { Serial } from './serial';

export interface ProjectionRunnerOptions {
  /** Where a logical collection is written: a rebuild writes beside the live collections. */
  readonly collectionName?: (logical: string) => string;
  readonly checkpointId?: string;
  /** The subscription shared with the other projections; without one, the runner reads the log for itself. */
  readonly feed?: ProjectionFeed;
  /** Largest batch read at once while catching up, for a runner that reads the log for itself. */
  readonly batchSize?: number;
  /** How often one failing event is tried before it is quarantined. */
  readonly attemptPolicy?: AttemptPolicy;
  /** Told of each event quarantined (the caller logs it); the entry never holds the event's data. */
  readonly onQuarantine?: (entry: QuarantinedEvent) => void;
}

export interface QuarantineRetrySummary {
  readonly retried: number;
  readonly resolved: number;
  readonly stillFailing: number;
}

export interface ProjectionStatus {
  readonly name: string;
  readonly version: number;
  readonly running: boolean;
  /** Global position of the last event applied (-1: none yet). */
  readonly position: number;
  readonly eventsApplied: number;
  /** Append-to-visible lag of events recorded while this runner ran, in ms. */
  readonly lagMs: { readonly p50: number | null; readonly p99: number | null; readonly samples: number };
  readonly error?: string;
}

const FIRST_RETRY_PAUSE_MS = 250;
const MAX_RETRY_PAUSE_MS = 30_000;

interface Waiter {
  readonly position: number;
  readonly resolve: (reached: boolean) => void;
  readonly timer: NodeJS.Timeout;
}

/**
 * Feeds one projection from the log, through a feed (ProjectionFeed) shared with the other projections or its own: from
 * its checkpoint on, applies each batch's writes, then stores the checkpoint, both in one `readStore.atomically` (one unit
 * where the store can; elsewhere a crash between the two re-applies a batch, which idempotent writes absorb).
 * An event the projection cannot apply is quarantined after a few tries, so it cannot stop the events after it.
 */
export class ProjectionRunner {
  private readonly checkpoints: CheckpointStore;
  private readonly quarantine: QuarantineStore;
  private readonly checkpointId: string;
  private readonly physical: (logical: string) => string;
  private readonly writer: ProjectionWriter;
  private readonly feed: ProjectionFeed;
  private readonly serial = new Serial();
  private position = -1;
  private eventsApplied = 0;
  private waiters: Waiter[] = [];
  private readonly lag = new RecentSamples();
  private startedAt = 0;
  private failure?: unknown;
  private failuresInARow = 0;
  private retryTimer?: NodeJS.Timeout;
  private stopped = true;

  constructor(
    readonly projection: Projection,
    private readonly eventStore: EventStore,
    private readonly readStore: ReadStore,
    private readonly upcasters: UpcasterRegistry,
    readonly options: ProjectionRunnerOptions = {},
  ) {
    this.checkpoints = new CheckpointStore(readStore);
    this.quarantine = new QuarantineStore(readStore);
    this.checkpointId = options.checkpointId ?? projection.name;
    this.physical = options.collectionName ?? ((logical) => logical);
    this.writer = new ProjectionWriter(projection, readStore, this.physical);
    this.feed = options.feed ?? new ProjectionFeed(eventStore, upcasters, { batchSize: options.batchSize });
  }

  /** Fed by its feed (not stopped, nor pausing after a failure). */
  get running(): boolean {
    return this.feed.has(this);
  }

  get currentPosition(): number {
    return this.position;
  }

  storedCheckpoint(): Promise<Checkpoint | undefined> {
    return this.checkpoints.load(this.checkpointId);
  }

  /** Joins its feed from its checkpoint. Runners sharing a feed start together with `feed.join(runners)`: one read from the lowest checkpoint. */
  async start(): Promise<void> {
    await this.feed.join([this]);
  }

  /** Leaves its feed; resolves once no batch of it is being applied. */
  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.retryTimer);
    await this.feed.leave(this);
    await this.serial.run(async () => undefined);
  }

  /** Called by the feed as the runner joins it: indexes, and the position to go on from. */
  async prepare(): Promise<void> {
    this.stopped = false;
    clearTimeout(this.retryTimer);
    await this.ensureIndexes();
    const checkpoint = await this.checkpoints.load(this.checkpointId);
    this.position = checkpoint?.position ?? -1;
    this.startedAt = Date.now();
  }

  /**
   * A batch from the feed (in log order, upcast): applies the events after this runner's position, then stores the
   * checkpoint, as one unit where the read store can. Throws when the batch could not be applied (the feed then lets
   * this runner go, and it comes back from its checkpoint: `interrupted`).
   */
  receive(events: readonly RecordedEvent[]): Promise<void> {
    return this.serial.run(async () => {
      // Stopped while this batch waited its turn: a stopped runner writes nothing more.
      if (this.stopped) return;
      const from = events.findIndex((event) => event.globalPosition > this.position);
      if (from < 0) return;
      const fresh = from === 0 ? events : events.slice(from);
      const last = fresh[fresh.length - 1]!;
      await this.readStore.atomically(async () => {
        await this.applyBatch(fresh);
        await this.checkpoints.save(this.checkpointId, { position: last.globalPosition, version: this.projection.version }, new Date());
      });
      this.position = last.globalPosition;
      this.eventsApplied += fresh.length;
      this.failure = undefined;
      this.failuresInARow = 0;
      this.sampleLag(fresh);
      this.releaseWaiters();
    });
  }

  /** Resolves true once the projection has applied `position` (read-your-writes), false after `timeoutMs`. */
  waitFor(position: number, timeoutMs: number): Promise<boolean> {
    if (this.position >= position) return Promise.resolve(true);
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.waiters = this.waiters.filter((waiter) => waiter.timer !== timer);
        resolve(false);
      }, timeoutMs);
      this.waiters.push({ position, resolve, timer });
    });
  }

  status(): ProjectionStatus {
    return {
      name: this.projection.name,
      version: this.projection.version,
      running: this.running,
      position: this.position,
      eventsApplied: this.eventsApplied,
      lagMs: this.lag.summary(),
      ...(this.failure ? { error: String((this.failure as Error).message ?? this.failure) } : {}),
    };
  }

  /** Events this runner had to set aside, oldest first. */
  quarantined(): Promise<QuarantinedEvent[]> {
    return this.quarantine.list(this.checkpointId);
  }

  /**
   * Applies quarantined events again (after the projection was fixed), oldest first; each one that goes through
   * leaves the quarantine, each one that still fails stays with its attempts counted and its new error.
   */
  retryQuarantined(eventId?: string): Promise<QuarantineRetrySummary> {
    return this.serial.run(async () => {
      let retried = 0;
      let resolved = 0;
      for (const entry of await this.quarantine.list(this.checkpointId, eventId)) {
        retried++;
        // Replaying an earlier entry's stream may already have applied this one.
        if (!(await this.quarantine.has(this.checkpointId, entry.eventId)) || (await this.retryOne(entry))) resolved++;
      }
      return { retried, resolved, stillFailing: retried - resolved };
    });
  }

  private async retryOne(entry: QuarantinedEvent): Promise<boolean> {
    const stream = await this.eventStore.readStream(entry.streamId, { fromRevision: entry.revision });
    const event = stream[0] && upcastOnce(this.upcasters, stream[0]);
    if (!event || event.eventId !== entry.eventId) {
      await this.quarantine.record(this.checkpointId, this.projection.name, entry, new Error(`event not found in ${entry.streamId} at revision ${entry.revision}`), 1, new Date());
      return false;
    }
    if (!(await this.applyOrQuarantine(event))) return false;
    await this.quarantine.remove(this.checkpointId, event.eventId);
    // While this event was missing, later events of its stream found no row or were guarded off: apply them again,
    // in order (revision guards make those already applied no-ops), up to where the runner is; the subscription brings the rest.
    for (const stored of stream.slice(1)) {
      if (stored.globalPosition > this.position) break;
      const later = upcastOnce(this.upcasters, stored);
      if (await this.applyOrQuarantine(later)) await this.quarantine.remove(this.checkpointId, later.eventId);
    }
    return true;
  }

  /**
   * The whole batch at once; when that fails while the read store is up, event by event, so that one bad event
   * cannot block its batch-mates. Re-applying the part of the batch already written is absorbed by the guards.
   * A read store that is down fails the batch: the runner retries it from the checkpoint.
   */
  private async applyBatch(events: readonly RecordedEvent[]): Promise<void> {
    try {
      await this.writer.apply(events);
      return;
    } catch (error) {
      if (await this.writer.storeDown()) throw error;
    }
    for (const event of events) await this.applyOrQuarantine(event);
  }

  /** True once applied; false when it failed every try and is now (still) quarantined. */
  private async applyOrQuarantine(event: RecordedEvent): Promise<boolean> {
    const outcome = await attemptEvent(() => this.writer.apply([event]), () => this.writer.storeDown(), this.options.attemptPolicy ?? DEFAULT_ATTEMPT_POLICY);
    if (outcome.ok) return true;
    const entry = await this.quarantine.record(this.checkpointId, this.projection.name, event, outcome.error, outcome.attempts, new Date());
    try {
      this.options.onQuarantine?.(entry);
    } catch {
      // Reporting must not undo the quarantine: the entry is stored and /health names it.
    }
    return false;
  }

  /** Only events recorded while this runner ran say anything about live lag; replayed history would not. */
  private sampleLag(events: readonly RecordedEvent[]): void {
    const now = Date.now();
    for (const event of events) {
      const recorded = Date.parse(event.recordedAt);
      if (recorded >= this.startedAt) this.lag.add(Math.max(0, now - recorded));
    }
  }

  private releaseWaiters(): void {
    if (this.waiters.length === 0) return;
    const ready = this.waiters.filter((waiter) => waiter.position <= this.position);
    this.waiters = this.waiters.filter((waiter) => waiter.position > this.position);
    for (const waiter of ready) {
      clearTimeout(waiter.timer);
      waiter.resolve(true);
    }
  }

  /**
   * Called by the feed when a batch could not be applied (the read store down, the checkpoint or quarantine not stored) or the
   * subscription broke: the runner is no longer fed; it joins again from its checkpoint after a growing pause, and reports the
   * error until a batch goes through.
   */
  interrupted(error: unknown): void {
    this.failure = error;
    if (this.stopped) return;
    clearTimeout(this.retryTimer);
    const pauseMs = Math.min(MAX_RETRY_PAUSE_MS, FIRST_RETRY_PAUSE_MS * 2 ** this.failuresInARow++);
    this.retryTimer = setTimeout(() => void this.start().catch((again) => this.interrupted(again)), pauseMs);
    this.retryTimer.unref();
  }

  private async ensureIndexes(): Promise<void> {
    for (const [collection, specs] of Object.entries(this.projection.indexes ?? {})) {
      for (const spec of specs) await this.readStore.collection(this.physical(collection)).createIndex(spec);
    }
  }
}
