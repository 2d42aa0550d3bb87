import type { AllStreamResolvedEvent } from '@eventstore/db-client';
import type { Subscription, SubscriptionHandlers } from '@pdr/application';
import type { RecordedEvent } from '@pdr/event-sourcing';
import { isSystemEvent, toRecordedEvent } from './event-codec';
import { toGlobalPosition } from './position';

/** What the pump needs of the client's subscription (a Readable): lets tests drive it without a server. */
export interface SubscriptionSource extends AsyncIterable<AllStreamResolvedEvent> {
  /** Records buffered and ready to read now. */
  readonly readableLength: number;
  unsubscribe(): Promise<void>;
  destroy(): void;
  on(event: 'error', listener: (error: Error) => void): unknown;
}

/**
 * Feeds a catch-up subscription to `onEvents` one batch at a time. A batch is what is already buffered
 * (up to `batchSize`): large while catching up, single events once live. The next record is not pulled
 * until the handler's promise settles, so a slow handler fills the buffer and stalls the gRPC stream
 * (backpressure) instead of piling events up in memory.
 */
export class CatchUpSubscription implements Subscription {
  private stopping = false;
  private readonly done: Promise<void>;

  constructor(
    private readonly source: SubscriptionSource,
    after: number | undefined,
    private readonly batchSize: number,
    private readonly handlers: SubscriptionHandlers,
  ) {
    // The pump sees errors through the iterator. This listener only keeps an error the client emits
    // after the pump has finished (between ending the readable and cancelling the call) from crashing.
    source.on('error', () => undefined);
    this.done = this.pump(after ?? -1);
  }

  async stop(): Promise<void> {
    await this.release();
    await this.done;
  }

  private async pump(after: number): Promise<void> {
    let cursor = after;
    let batch: RecordedEvent[] = [];
    try {
      for await (const { event } of this.source) {
        if (this.stopping) return;
        if (event) {
          const position = toGlobalPosition(event.position, event.id);
          // The start position may be delivered again (servers differ on inclusive starts): skip it.
          if (position > cursor) {
            cursor = position;
            if (!isSystemEvent(event)) batch.push(toRecordedEvent(event));
          }
        }
        if (batch.length > 0 && (batch.length >= this.batchSize || this.source.readableLength === 0)) {
          const delivering = batch;
          batch = [];
          await this.handlers.onEvents(delivering);
        }
      }
      if (!this.stopping) throw new Error('EventStoreDB ended the subscription to $all');
    } catch (error) {
      if (this.stopping) return;
      await this.release();
      this.handlers.onError?.(error);
    }
  }

  /** Cancels the gRPC call, then ends the readable so a pump waiting for the next record wakes up. */
  private async release(): Promise<void> {
    if (this.stopping) return;
    this.stopping = true;
    try {
      await this.source.unsubscribe();
    } catch {
      // Already gone: destroying the readable below is all that is left to do.
    }
    this.source.destroy();
  }
}
