import type Database from 'better-sqlite3';
import type { AppendResult } from '@pdr/application';
import type { AppendRequest } from './append-request';

export interface AppendStats {
  /** Transactions committed (several may share one fsync). */
  readonly transactions: number;
  /** Append calls acknowledged, including retries answered from the log and empty appends. */
  readonly appends: number;
  /** Events written. */
  readonly events: number;
  /** Most append calls committed by one transaction. */
  readonly largestTransaction: number;
}

interface Pending {
  readonly request: AppendRequest;
  readonly resolve: (result: AppendResult) => void;
  readonly reject: (error: unknown) => void;
}

/** What one append did inside the transaction. */
export interface Written {
  readonly result: AppendResult;
  /** Events inserted: 0 for a retry answered from the log or an empty append. */
  readonly inserted: number;
}

type Outcome = ({ readonly ok: true } & Written) | { readonly ok: false; readonly error: unknown };

export interface AppendBatcherOptions {
  readonly db: Database.Database;
  /** Applies one append inside the open transaction; throws to refuse it. */
  readonly write: (request: AppendRequest, recordedAt: string) => Written;
  /** When the transaction's events were recorded (one instant per commit). */
  readonly now: () => Date;
  /**
   * Resolves once everything committed so far is on disk. The COMMIT itself does not wait for the disk
   * (`synchronous = NORMAL`): appends are acknowledged only after this, and the next batch commits meanwhile.
   */
  readonly durable: () => Promise<void>;
  /** Called once a batch is durable and its results settled, with the highest global position it wrote or found (-1: none). */
  readonly onCommit: (lastPosition: number) => void;
  /** Caps one transaction so a flood of appends cannot hold the write lock (and the event loop) for long. */
  readonly maxAppendsPerTransaction?: number;
}

/**
 * Group commit. Appends queue up; on the next turn of the event loop every queued append is written in
 * ONE transaction, each in its own SAVEPOINT so a refused append does not undo the others, then a single
 * COMMIT. The fsync that makes it durable runs off the event loop (`durable`), and the batch is acknowledged
 * when it is done; appends that arrive meanwhile commit in the next transaction and share the next fsync,
 * so throughput grows with concurrency instead of being capped by fsync latency.
 */
export class AppendBatcher {
  private queue: Pending[] = [];
  private scheduled = false;
  private drained: (() => void)[] = [];
  /** Batches committed and waiting for their fsync. */
  private readonly unsettled = new Set<Promise<void>>();
  private counters = { transactions: 0, appends: 0, events: 0, largestTransaction: 0 };
  private readonly maxAppends: number;
  private readonly inSavepoint: (request: AppendRequest, recordedAt: string) => Written;
  private readonly inTransaction: Database.Transaction<(batch: readonly Pending[], outcomes: Outcome[]) => void>;

  constructor(private readonly options: AppendBatcherOptions) {
    this.maxAppends = options.maxAppendsPerTransaction ?? 1000;
    // better-sqlite3 turns a transaction function called inside another into SAVEPOINT/RELEASE, and
    // rolls back to the savepoint when it throws.
    this.inSavepoint = options.db.transaction((request: AppendRequest, recordedAt: string) => options.write(request, recordedAt));
    this.inTransaction = options.db.transaction((batch: readonly Pending[], outcomes: Outcome[]) => this.writeBatch(batch, outcomes));
  }

  submit(request: AppendRequest): Promise<AppendResult> {
    return new Promise<AppendResult>((resolve, reject) => {
      this.queue.push({ request, resolve, reject });
      this.schedule();
    });
  }

  /** Resolves once every append submitted so far has been settled. */
  async whenDrained(): Promise<void> {
    while (this.queue.length > 0 || this.scheduled || this.unsettled.size > 0) {
      if (this.queue.length > 0 || this.scheduled) await new Promise<void>((resolve) => this.drained.push(resolve));
      await Promise.all(this.unsettled);
    }
  }

  stats(): AppendStats {
    return { ...this.counters };
  }

  private schedule(): void {
    if (this.scheduled) return;
    this.scheduled = true;
    // setImmediate, not a microtask: it runs after the promise continuations of the previous commit,
    // so writers that append again as soon as they are acknowledged join the same next transaction.
    setImmediate(() => {
      this.scheduled = false;
      this.flush();
    });
  }

  private flush(): void {
    const batch = this.queue.splice(0, this.maxAppends);
    if (batch.length > 0) this.commit(batch);
    if (this.queue.length > 0) this.schedule();
    else for (const resolve of this.drained.splice(0)) resolve();
  }

  private commit(batch: readonly Pending[]): void {
    const outcomes: Outcome[] = [];
    try {
      this.inTransaction.immediate(batch, outcomes);
    } catch (error) {
      // BEGIN or COMMIT failed, or SQLite aborted the transaction: nothing of this batch is durable.
      for (const pending of batch) pending.reject(error);
      return;
    }
    this.counters.transactions += 1;
    this.counters.largestTransaction = Math.max(this.counters.largestTransaction, batch.length);
    const settled: Promise<void> = this.options
      .durable()
      .then(
        () => this.settle(batch, outcomes),
        // Committed, but not known to be on disk: no append of the batch is acknowledged (a retry with the same
        // idempotency key finds what was written).
        (error: unknown) => {
          for (const pending of batch) pending.reject(error);
        },
      )
      .finally(() => this.unsettled.delete(settled));
    this.unsettled.add(settled);
  }

  private settle(batch: readonly Pending[], outcomes: readonly Outcome[]): void {
    let lastPosition = -1;
    batch.forEach((pending, index) => {
      const outcome = outcomes[index]!;
      if (outcome.ok) {
        this.counters.appends += 1;
        this.counters.events += outcome.inserted;
        lastPosition = Math.max(lastPosition, outcome.result.lastPosition);
        pending.resolve(outcome.result);
      } else {
        pending.reject(outcome.error);
      }
    });
    this.options.onCommit(lastPosition);
  }

  private writeBatch(batch: readonly Pending[], outcomes: Outcome[]): void {
    const recordedAt = this.options.now().toISOString();
    for (const { request } of batch) {
      try {
        outcomes.push({ ok: true, ...this.inSavepoint(request, recordedAt) });
      } catch (error) {
        // An I/O error or similar can make SQLite roll back the whole transaction by itself; carrying on
        // would run the remaining appends outside any transaction, so give up on the batch.
        if (!this.options.db.inTransaction) throw error;
        outcomes.push({ ok: false, error });
      }
    }
  }
}
