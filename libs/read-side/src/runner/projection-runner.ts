import { type EventStore, type ReadStore, RecentSamples, type Subscription, type WriteOperation } from '@pdr/application';
import type { RecordedEvent, UpcasterRegistry } from '@pdr/event-sourcing';
import { type Checkpoint, CheckpointStore } from './checkpoint-store';
import type { Projection } from './projection';

export interface ProjectionRunnerOptions {
  /** Where a logical collection is written: a rebuild writes beside the live collections. */
  readonly collectionName?: (logical: string) => string;
  readonly checkpointId?: string;
  readonly batchSize?: number;
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
 * Feeds one projection from the log: subscribes after its checkpoint, applies each batch's writes,
 * then stores the checkpoint. A crash between the two re-applies a batch, which idempotent writes absorb.
 */
export class ProjectionRunner {
  private readonly checkpoints: CheckpointStore;
  private readonly checkpointId: string;
  private readonly physical: (logical: string) => string;
  private subscription?: Subscription;
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
    private readonly options: ProjectionRunnerOptions = {},
  ) {
    this.checkpoints = new CheckpointStore(readStore);
    this.checkpointId = options.checkpointId ?? projection.name;
    this.physical = options.collectionName ?? ((logical) => logical);
  }

  get running(): boolean {
    return this.subscription !== undefined;
  }

  get currentPosition(): number {
    return this.position;
  }

  storedCheckpoint(): Promise<Checkpoint | undefined> {
    return this.checkpoints.load(this.checkpointId);
  }

  async start(): Promise<void> {
    if (this.subscription) return;
    this.stopped = false;
    await this.ensureIndexes();
    const checkpoint = await this.checkpoints.load(this.checkpointId);
    this.position = checkpoint?.position ?? -1;
    this.startedAt = Date.now();
    this.subscription = this.eventStore.subscribeToAll(
      { after: this.position >= 0 ? this.position : undefined, batchSize: this.options.batchSize ?? 1000 },
      { onEvents: (events) => this.apply(events), onError: (error) => this.fail(error) },
    );
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.retryTimer);
    const subscription = this.subscription;
    this.subscription = undefined;
    await subscription?.stop();
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

  private async apply(events: readonly RecordedEvent[]): Promise<void> {
    if (events.length === 0) return;
    const byCollection = new Map<string, WriteOperation[]>();
    for (const stored of events) {
      for (const write of this.projection.project(this.upcasters.upcast(stored))) {
        const operations = byCollection.get(write.collection) ?? [];
        operations.push(write.operation);
        byCollection.set(write.collection, operations);
      }
    }
    for (const [collection, operations] of byCollection) {
      await this.readStore.collection(this.physical(collection)).bulkWrite(operations);
    }
    const last = events[events.length - 1];
    await this.checkpoints.save(this.checkpointId, { position: last.globalPosition, version: this.projection.version }, new Date());
    this.position = last.globalPosition;
    this.eventsApplied += events.length;
    this.failure = undefined;
    this.failuresInARow = 0;
    this.sampleLag(events);
    this.releaseWaiters();
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
   * A batch that cannot be applied (the read store down, a write refused) stops delivery; the runner starts
   * again from its checkpoint after a growing pause, and reports the error until a batch goes through.
   */
  private fail(error: unknown): void {
    this.failure = error;
    this.subscription = undefined;
    if (this.stopped) return;
    const pauseMs = Math.min(MAX_RETRY_PAUSE_MS, FIRST_RETRY_PAUSE_MS * 2 ** this.failuresInARow++);
    this.retryTimer = setTimeout(() => void this.start().catch((again) => this.fail(again)), pauseMs);
    this.retryTimer.unref();
  }

  private async ensureIndexes(): Promise<void> {
    for (const [collection, specs] of Object.entries(this.projection.indexes ?? {})) {
      for (const spec of specs) await this.readStore.collection(this.physical(collection)).createIndex(spec);
    }
  }
}
