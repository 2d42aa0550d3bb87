import type { ReadStore, WriteOperation } from '@pdr/application';
import type { RecordedEvent, UpcasterRegistry } from '@pdr/event-sourcing';
import type { Projection } from './projection';

/** Turns events into one projection's writes and sends them to its (physical) collections. */
export class ProjectionWriter {
  constructor(
    private readonly projection: Projection,
    private readonly readStore: ReadStore,
    private readonly upcasters: UpcasterRegistry,
    private readonly physical: (logical: string) => string,
  ) {}

  /** Every event's writes, one ordered bulk write per collection: the fast path while nothing fails. */
  async apply(events: readonly RecordedEvent[]): Promise<void> {
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
