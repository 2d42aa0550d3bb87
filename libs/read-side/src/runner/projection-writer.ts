import type { ReadStore, WriteOperation } from '@pdr/application';
import type { RecordedEvent, UpcasterRegistry } from '@pdr/event-sourcing';
import type { Projection } from './projection';

/** Events whose upcast failed, with why: the stored event stands in for them, and applying it fails with that error. */
const unreadable = new WeakMap<RecordedEvent, unknown>();

/**
 * The event as this build reads it, upcast once for every projection. An event no upcaster can read is handed on as
 * stored, marked: each projection then fails on it alone (and quarantines it), as with any other event it cannot apply.
 */
export function upcastOnce(upcasters: UpcasterRegistry, stored: RecordedEvent): RecordedEvent {
  try {
    return upcasters.upcast(stored);
  } catch (error) {
    unreadable.set(stored, error);
    return stored;
  }
}

/** Turns (upcast) events into one projection's writes and sends them to its (physical) collections. */
export class ProjectionWriter {
  constructor(
    private readonly projection: Projection,
    private readonly readStore: ReadStore,
    private readonly physical: (logical: string) => string,
  ) {}

  /** Every event's writes, one ordered bulk write per collection: the fast path while nothing fails. */
  async apply(events: readonly RecordedEvent[]): Promise<void> {
    const byCollection = new Map<string, WriteOperation[]>();
    for (const event of events) {
      if (unreadable.has(event)) throw unreadable.get(event);
      for (const write of this.projection.project(event)) {
        const operations = byCollection.get(write.collection) ?? [];
        operations.push(write.operation);
        byCollection.set(write.collection, operations);
      }
    }
    for (const [collection, operations] of byCollection) {
      // Made for this batch and never touched again: the store may keep them without copying.
      await this.readStore.collection(this.physical(collection)).bulkWrite(operations, { handedOver: true });
    }
  }

  /** True when the read store says it is unreachable: a failure then says nothing about the event. */
  async storeDown(): Promise<boolean> {
    try {
      return !(await this.readStore.health()).ok;
    } catch {
      return true;
    }
  }
}
