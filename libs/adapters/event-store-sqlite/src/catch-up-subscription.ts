import type { Subscription, SubscriptionHandlers } from '@pdr/application';
import type { RecordedEvent } from '@pdr/event-sourcing';
import type { CommitSignal } from './commit-signal';

export interface CatchUpSource {
  /** Up to `maxCount` events after `position`, in global order. Synchronous, so nothing commits between a read and waiting. */
  readAfter(position: number, maxCount: number): RecordedEvent[];
  /** Resolves once a page read is on disk: only then is it handed over. */
  onDisk(events: readonly RecordedEvent[]): Promise<void>;
  readonly commits: CommitSignal;
}

export interface CatchUpOptions {
  readonly after: number;
  readonly batchSize: number;
  /** Re-reads this often even without a commit signal: another process may write to the same file. */
  readonly pollIntervalMs: number;
}

/**
 * Catch-up subscription over the log. History and live events take the same path: read the next page after
 * the last delivered position, hand it over, await the handler; when a read comes back empty, sleep until
 * the next commit. Reading by position is what rules out gaps and duplicates at the switch to live.
 */
export class CatchUpSubscription implements Subscription {
  private stopped = false;
  private wake: (() => void) | undefined;
  /** Settles when delivery has ended: stopped, or failed and reported. */
  readonly finished: Promise<void>;

  constructor(
    private readonly source: CatchUpSource,
    private readonly options: CatchUpOptions,
    private readonly handlers: SubscriptionHandlers,
  ) {
    this.finished = this.run();
  }

  stop(): Promise<void> {
    this.stopped = true;
    this.wake?.();
    return this.finished;
  }

  private async run(): Promise<void> {
    // Start on a later tick: the caller gets its Subscription before the first handler call.
    await Promise.resolve();
    let position = this.options.after;
    try {
      while (!this.stopped) {
        const page = this.source.readAfter(position, this.options.batchSize);
        if (page.length === 0) {
          await this.nextCommit();
          continue;
        }
        await this.source.onDisk(page);
        if (this.stopped) break;
        await this.handlers.onEvents(page);
        position = page[page.length - 1]!.globalPosition;
        // Reads are synchronous and an in-process handler may never wait on I/O: without a turn of the
        // event loop here, replaying a long history would block every request until it ends.
        await new Promise<void>((resolve) => setImmediate(resolve));
      }
    } catch (error) {
      this.stopped = true;
      try {
        this.handlers.onError?.(error);
      } catch {
        // An error handler that throws has nowhere to report to; the subscription is stopped either way.
      }
    }
  }

  private nextCommit(): Promise<void> {
    return new Promise<void>((resolve) => {
      const done = (): void => {
        clearTimeout(timer);
        cancel();
        this.wake = undefined;
        resolve();
      };
      const cancel = this.source.commits.once(done);
      // unref: a subscription waiting for events must not keep the process alive by itself.
      const timer = setTimeout(done, this.options.pollIntervalMs);
      timer.unref();
      this.wake = done;
    });
  }
}
