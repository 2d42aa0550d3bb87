import type {
  AppendResult,
  EventStore,
  ExpectedRevision,
  ReadAllOptions,
  ReadStreamOptions,
  StoreHealth,
  SubscribeOptions,
  Subscription,
  SubscriptionHandlers,
} from '@pdr/application';
import type { NewEvent, RecordedEvent } from '@pdr/event-sourcing';

/** Passes everything through to a store, calling `onBatch` with each batch a subscription delivers (for sampling). */
export class MeteredEventStore implements EventStore {
  constructor(
    private readonly inner: EventStore,
    private readonly onBatch: (events: readonly RecordedEvent[]) => void,
  ) {}

  append(streamId: string, events: readonly NewEvent[], expected: ExpectedRevision): Promise<AppendResult> {
    return this.inner.append(streamId, events, expected);
  }

  readStream(streamId: string, options?: ReadStreamOptions): Promise<RecordedEvent[]> {
    return this.inner.readStream(streamId, options);
  }

  readAll(options?: ReadAllOptions): Promise<RecordedEvent[]> {
    return this.inner.readAll(options);
  }

  subscribeToAll(options: SubscribeOptions, handlers: SubscriptionHandlers): Subscription {
    return this.inner.subscribeToAll(options, {
      onEvents: (events) => {
        this.onBatch(events);
        return handlers.onEvents(events);
      },
      ...(handlers.onError ? { onError: handlers.onError } : {}),
    });
  }

  headPosition(): Promise<number> {
    return this.inner.headPosition();
  }

  health(): Promise<StoreHealth> {
    return this.inner.health();
  }

  close(): Promise<void> {
    return this.inner.close();
  }
}
