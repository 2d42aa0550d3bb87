import {
  BACKWARDS,
  END,
  EventStoreDBClient,
  FORWARDS,
  START,
  excludeSystemEvents,
  type AllStreamResolvedEvent,
  type ReadPosition,
} from '@eventstore/db-client';
import {
  WrongExpectedRevisionError,
  type AppendResult,
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
import { findHeadPosition, readAllAfter } from './all-reader';
import { CatchUpSubscription } from './catch-up-subscription';
import { collect } from './collect';
import { isStreamNotFound, translateAppendError } from './errors';
import { toEventData, toRecordedEvent } from './event-codec';
import { satisfies, toEsdbExpectedRevision } from './expected-revision';
import { readPositionAfter } from './position';

const PAGE_SIZE = 512;
const DEFAULT_BATCH_SIZE = 256;
const HEALTH_DEADLINE_MS = 2_000;

/**
 * The event log on EventStoreDB. Streams map one to one; ESDB checks expected revisions, keeps batches
 * atomic, acknowledges only durable writes and recognises a retried batch by its event ids.
 * Global positions are prepare positions: see position.ts.
 */
export class EsdbEventStore implements EventStore {
  private readonly client: EventStoreDBClient;

  /** @param connectionString e.g. `esdb://localhost:2113?tls=false` (EVENTSTORE_CONNECTION_STRING). */
  constructor(connectionString: string) {
    this.client = EventStoreDBClient.connectionString(connectionString);
  }

  async append(streamId: string, events: readonly NewEvent[], expected: ExpectedRevision): Promise<AppendResult> {
    if (events.length === 0) return this.appendNothing(streamId, expected);
    const expectedRevision = toEsdbExpectedRevision(expected);
    let nextRevision: number;
    try {
      const result = await this.client.appendToStream(streamId, events.map(toEventData), { expectedRevision });
      // Only reachable with throwOnAppendFailure=false in the connection string.
      if (!result.success) throw new WrongExpectedRevisionError(streamId, expected, Number(result.nextExpectedRevision));
      nextRevision = Number(result.nextExpectedRevision);
    } catch (error) {
      throw translateAppendError(streamId, expected, error);
    }
    // The append result's position describes the batch, not reliably its last event (and is absent when
    // ESDB recognised a retried batch), so the last event is read back from the leader.
    const last = await this.readRevision(streamId, nextRevision);
    return { nextRevision, lastPosition: last?.globalPosition ?? -1 };
  }

  async readStream(streamId: string, options: ReadStreamOptions = {}): Promise<RecordedEvent[]> {
    const { direction = 'forward', fromRevision, maxCount } = options;
    if (maxCount !== undefined && maxCount <= 0) return [];
    // Nothing lies below revision 0 when reading backward from it.
    if (direction === 'backward' && fromRevision !== undefined && fromRevision < 0) return [];
    const start = fromRevision === undefined ? (direction === 'forward' ? START : END) : BigInt(Math.max(0, fromRevision));
    try {
      const read = this.client.readStream(streamId, {
        direction: direction === 'forward' ? FORWARDS : BACKWARDS,
        fromRevision: start,
        maxCount: maxCount ?? Number.MAX_SAFE_INTEGER,
      });
      return (await collect(read)).flatMap(({ event }) => (event ? [toRecordedEvent(event)] : []));
    } catch (error) {
      if (isStreamNotFound(error)) return [];
      throw error;
    }
  }

  readAll(options: ReadAllOptions = {}): Promise<RecordedEvent[]> {
    return readAllAfter(this.readAllPage, options.after, options.maxCount, PAGE_SIZE);
  }

  subscribeToAll(options: SubscribeOptions, handlers: SubscriptionHandlers): Subscription {
    const batchSize = Math.max(1, options.batchSize ?? DEFAULT_BATCH_SIZE);
    const source = this.client.subscribeToAll(
      // Server-side filter saves shipping system events; the pump drops system streams as well.
      { fromPosition: readPositionAfter(options.after), filter: excludeSystemEvents() },
      // A buffer as large as a batch lets a catch-up batch fill up while the previous one is handled.
      { highWaterMark: batchSize },
    );
    return new CatchUpSubscription(source, options.after, batchSize, handlers);
  }

  headPosition(): Promise<number> {
    return findHeadPosition(this.readAllPage, PAGE_SIZE);
  }

  async health(): Promise<StoreHealth> {
    try {
      await collect(this.client.readAll({ direction: BACKWARDS, fromPosition: END, maxCount: 1, deadline: HEALTH_DEADLINE_MS }));
      return { ok: true };
    } catch (error) {
      return { ok: false, detail: error instanceof Error ? error.message : String(error) };
    }
  }

  close(): Promise<void> {
    return this.client.dispose();
  }

  private readonly readAllPage = (from: ReadPosition, direction: 'forwards' | 'backwards', maxCount: number): Promise<AllStreamResolvedEvent[]> =>
    collect(this.client.readAll({ fromPosition: from, direction, maxCount }));

  /** One event by revision, from the leader so a write just acknowledged is visible. */
  private async readRevision(streamId: string, revision: number): Promise<RecordedEvent | undefined> {
    if (revision < 0) return undefined;
    try {
      const read = this.client.readStream(streamId, { fromRevision: BigInt(revision), maxCount: 1, requiresLeader: true });
      const [first] = await collect(read);
      return first?.event ? toRecordedEvent(first.event) : undefined;
    } catch (error) {
      if (isStreamNotFound(error)) return undefined;
      throw error;
    }
  }

  /** An empty batch writes nothing: only the expectation is checked, against the stream's last event. */
  private async appendNothing(streamId: string, expected: ExpectedRevision): Promise<AppendResult> {
    const [last] = await this.readStream(streamId, { direction: 'backward', maxCount: 1 });
    const actual = last?.revision ?? -1;
    if (!satisfies(expected, actual)) throw new WrongExpectedRevisionError(streamId, expected, actual);
    return { nextRevision: actual, lastPosition: last?.globalPosition ?? -1 };
  }
}
