import type Database from 'better-sqlite3';
import {
  systemClock,
  type AppendResult,
  type Clock,
  type EventStore,
  type ExpectedRevision,
  type ReadAllOptions,
  type ReadStreamOptions,
  type StoreHealth,
  type SubscribeOptions,
  type Subscription,
  type SubscriptionHandlers,
} from '@pdr/application';
import type { NewEvent, RecordedEvent } from '@pdr/event-sourcing';
import { AppendBatcher, type AppendStats } from './append-batcher';
import { toAppendRequest } from './append-request';
import { CatchUpSubscription } from './catch-up-subscription';
import { CommitSignal } from './commit-signal';
import { openDatabase } from './database';
import { EventStoreClosedError } from './errors';
import { Statements } from './statements';
import { WalSync } from '@pdr/sqlite-support';
import { writeAppend } from './write-append';

export interface SqliteEventStoreOptions {
  /** Path of the database file; missing parent directories are created. */
  readonly file: string;
  /** Source of `recordedAt`. */
  readonly clock?: Clock;
  /** How long a write waits for another connection's lock before failing. */
  readonly busyTimeoutMs?: number;
  /** Upper bound on the appends one group-commit transaction takes. */
  readonly maxAppendsPerTransaction?: number;
  /** How often an idle subscription re-reads, to see commits made by other processes. */
  readonly pollIntervalMs?: number;
}

const DEFAULT_BATCH_SIZE = 1000;

/** Group commit's counters, and the fsyncs that made the transactions durable. */
export interface EventStoreStats extends AppendStats {
  readonly syncs: number;
}

/**
 * The embedded event store: one SQLite file in WAL mode, appends group-committed and acknowledged once an fsync,
 * run off the event loop, has put them on disk. Subscriptions and `readAll` hand over only events known to be on disk:
 * a projection (whose read models persist) must never get ahead of what a power cut would leave of the log.
 */
export class SqliteEventStore implements EventStore {
  private readonly db: Database.Database;
  private readonly statements: Statements;
  private readonly batcher: AppendBatcher;
  private readonly commits = new CommitSignal();
  private readonly subscriptions = new Set<CatchUpSubscription>();
  private readonly pollIntervalMs: number;
  private readonly walSync: WalSync;
  /** Every event at or before this position is known to be on disk. */
  private durablePosition = -1;
  private closing: Promise<void> | undefined;

  constructor(options: SqliteEventStoreOptions) {
    const clock = options.clock ?? systemClock;
    this.pollIntervalMs = options.pollIntervalMs ?? 1000;
    this.db = openDatabase({ file: options.file, busyTimeoutMs: options.busyTimeoutMs });
    this.statements = new Statements(this.db);
    this.walSync = new WalSync(options.file);
    this.batcher = new AppendBatcher({
      db: this.db,
      write: (request, recordedAt) => writeAppend(this.statements, request, recordedAt),
      now: () => clock.now(),
      durable: () => this.walSync.sync(),
      onCommit: (lastPosition) => {
        this.durablePosition = Math.max(this.durablePosition, lastPosition);
        this.commits.notify();
      },
      maxAppendsPerTransaction: options.maxAppendsPerTransaction,
    });
  }

  append(streamId: string, events: readonly NewEvent[], expected: ExpectedRevision): Promise<AppendResult> {
    try {
      this.assertOpen();
      return this.batcher.submit(toAppendRequest(streamId, events, expected));
    } catch (error) {
      return Promise.reject(error);
    }
  }

  async readStream(streamId: string, options: ReadStreamOptions = {}): Promise<RecordedEvent[]> {
    this.assertOpen();
    const { direction = 'forward', fromRevision, maxCount } = options;
    assertCount('maxCount', maxCount);
    return this.statements.readStream(streamId, direction, fromRevision, maxCount);
  }

  async readAll(options: ReadAllOptions = {}): Promise<RecordedEvent[]> {
    this.assertOpen();
    assertCount('maxCount', options.maxCount);
    const events = this.statements.readAll(options.after ?? -1, options.maxCount);
    await this.onDisk(events);
    return events;
  }

  subscribeToAll(options: SubscribeOptions, handlers: SubscriptionHandlers): Subscription {
    this.assertOpen();
    const batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE;
    if (!Number.isSafeInteger(batchSize) || batchSize < 1) throw new RangeError(`batchSize must be a positive integer, got ${batchSize}`);
    const subscription = new CatchUpSubscription(
      {
        readAfter: (position, maxCount) => this.statements.readAll(position, maxCount),
        onDisk: (events) => this.onDisk(events),
        commits: this.commits,
      },
      { after: options.after ?? -1, batchSize, pollIntervalMs: this.pollIntervalMs },
      handlers,
    );
    this.subscriptions.add(subscription);
    void subscription.finished.then(() => this.subscriptions.delete(subscription));
    return subscription;
  }

  async headPosition(): Promise<number> {
    this.assertOpen();
    return this.statements.headPosition();
  }

  async health(): Promise<StoreHealth> {
    if (this.closing) return { ok: false, detail: 'closed' };
    try {
      return { ok: true, detail: `sqlite ${this.db.name}, head position ${this.statements.headPosition()}` };
    } catch (error) {
      return { ok: false, detail: error instanceof Error ? error.message : String(error) };
    }
  }

  /** Counters for observability: how well group commit batches appends. */
  stats(): EventStoreStats {
    return { ...this.batcher.stats(), syncs: this.walSync.count };
  }

  /**
   * Resolves once `events` are on disk. Events committed here are known durable when acknowledged; any others (committed by
   * another process, or read between a COMMIT and its fsync) are made so by one more fsync of the WAL, which holds them.
   */
  private async onDisk(events: readonly RecordedEvent[]): Promise<void> {
    const last = events.length > 0 ? events[events.length - 1]!.globalPosition : -1;
    if (last <= this.durablePosition) return;
    // Everything committed before the sync begins is on disk after it: one sync covers the whole log read so far, not
    // just this page (a start reading an existing log syncs once, not once per page).
    const head = this.statements.headPosition();
    await this.walSync.sync();
    this.durablePosition = Math.max(this.durablePosition, head, last);
  }

  /** Settles every append already accepted, stops subscriptions, then closes the file. Safe to call twice. */
  close(): Promise<void> {
    this.closing ??= this.shutDown();
    return this.closing;
  }

  private async shutDown(): Promise<void> {
    await this.batcher.whenDrained();
    await Promise.all([...this.subscriptions].map((subscription) => subscription.stop()));
    this.subscriptions.clear();
    await this.walSync.close();
    this.db.close();
  }

  private assertOpen(): void {
    if (this.closing) throw new EventStoreClosedError();
  }
}

function assertCount(name: string, value: number | undefined): void {
  if (value !== undefined && !(Number.isSafeInteger(value) && value >= 0)) {
    throw new RangeError(`${name} must be an integer >= 0, got ${value}`);
  }
}
