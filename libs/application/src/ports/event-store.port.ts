import type { NewEvent, RecordedEvent } from '@pdr/event-sourcing';

/**
 * What the writer believes about the stream before appending:
 * - 'no-stream': the stream must not exist yet;
 * - 'any': no check;
 * - a number: the revision of the stream's last event must be exactly this.
 */
export type ExpectedRevision = 'no-stream' | 'any' | number;

export interface AppendResult {
  /** Revision of the last event now in the stream (what a client sends back as If-Match). */
  readonly nextRevision: number;
  /** Global position of the last event appended. */
  readonly lastPosition: number;
}

export interface ReadStreamOptions {
  readonly direction?: 'forward' | 'backward';
  /** Inclusive start: the first revision to return (forward) or the highest (backward). */
  readonly fromRevision?: number;
  readonly maxCount?: number;
}

export interface ReadAllOptions {
  /** Exclusive: return events whose global position is greater than this. Omit to start at the beginning. */
  readonly after?: number;
  readonly maxCount?: number;
}

export interface SubscribeOptions {
  /** Exclusive, as in ReadAllOptions: a projection passes its checkpoint. */
  readonly after?: number;
  /** Largest batch handed to `onEvents` at once while catching up. */
  readonly batchSize?: number;
}

export interface Subscription {
  /** Stops delivery; resolves once no handler call is in flight. */
  stop(): Promise<void>;
}

export interface SubscriptionHandlers {
  /** Called with batches in global order; the next batch waits for the returned promise. */
  onEvents(events: readonly RecordedEvent[]): Promise<void>;
  /** The subscription stopped on an error (a handler's or the store's). */
  onError?(error: unknown): void;
}

export interface StoreHealth {
  readonly ok: boolean;
  readonly detail?: string;
}

/**
 * The append-only log. Every adapter guarantees:
 * - optimistic concurrency per stream (ExpectedRevision);
 * - a batch is all-or-nothing;
 * - re-appending events whose ids are already in the stream, in the same order, succeeds without writing them again
 *   (certain with an exact or 'no-stream' expectation, which is what commands use; EventStoreDB honours 'any' only for
 *   recently written ids, and checks ids per stream: the embedded store also refuses an id stored in another stream);
 * - nothing is acknowledged before it is durable;
 * - one global order across streams.
 */
export interface EventStore {
  append(streamId: string, events: readonly NewEvent[], expected: ExpectedRevision): Promise<AppendResult>;
  /** Events of one stream; an empty array when the stream does not exist. */
  readStream(streamId: string, options?: ReadStreamOptions): Promise<RecordedEvent[]>;
  readAll(options?: ReadAllOptions): Promise<RecordedEvent[]>;
  /** Catch-up subscription to all streams: reads history after `after`, then continues live. */
  subscribeToAll(options: SubscribeOptions, handlers: SubscriptionHandlers): Subscription;
  /** Global position of the newest event, or -1 when the store is empty. */
  headPosition(): Promise<number>;
  health(): Promise<StoreHealth>;
  close(): Promise<void>;
}

/** The expected revision did not match the stream. Nothing was written. */
export class WrongExpectedRevisionError extends Error {
  constructor(
    readonly streamId: string,
    readonly expected: ExpectedRevision,
    /** The stream's actual last revision, -1 when it does not exist. */
    readonly actual: number,
  ) {
    super(`Stream ${streamId}: expected revision ${String(expected)}, actual ${actual}`);
    this.name = 'WrongExpectedRevisionError';
  }
}
