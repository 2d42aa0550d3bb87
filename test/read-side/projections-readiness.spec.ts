import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CommandProcessor, type EventStore, type SubscribeOptions, type SubscriptionHandlers, systemClock } from '@pdr/application';
import { SqliteEventStore } from '@pdr/event-store-sqlite';
import { ProjectionsService } from '@pdr/platform';
import { procedureUpcasters } from '@pdr/procedures';
import { ALL_PROJECTIONS } from '@pdr/read-side';
import { MingoReadStore } from '@pdr/read-store-mingo';
import { fileNumberedCase } from './support/log-fixtures';

const upcasters = procedureUpcasters();

describe('projections readiness: ready once every projection reached the head the log had at start', () => {
  let dir: string;
  let eventStore: SqliteEventStore;
  let readStore: MingoReadStore;
  let service: ProjectionsService | undefined;

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'pdr-readiness-'));
    eventStore = new SqliteEventStore({ file: join(dir, 'events.sqlite') });
    readStore = new MingoReadStore();
  });

  afterEach(async () => {
    await service?.beforeApplicationShutdown();
    await eventStore.close();
    await readStore.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const fileCases = async (howMany: number) => {
    const processor = new CommandProcessor(eventStore, upcasters, systemClock);
    for (let n = 1; n <= howMany; n++) await fileNumberedCase(processor, n);
  };

  /** The event store, holding back what the subscription hands over until `release()`. */
  const gated = (store: EventStore) => {
    let release!: () => void;
    const open = new Promise<void>((resolve) => (release = resolve));
    const wrapped: EventStore = Object.assign(Object.create(store) as EventStore, {
      subscribeToAll: (options: SubscribeOptions, handlers: SubscriptionHandlers) =>
        store.subscribeToAll(options, { ...handlers, onEvents: async (events) => { await open; return handlers.onEvents(events); } }),
    });
    return { wrapped, release };
  };

  it('is not ready, naming each projection and how far behind, until every one has reached the start head; then stays ready', async () => {
    await fileCases(5);
    const head = await eventStore.headPosition();
    const { wrapped, release } = gated(eventStore);
    service = new ProjectionsService(wrapped, readStore, upcasters);
    expect(service.readiness()).toMatchObject({ ready: false, headAtStart: null });

    await service.onApplicationBootstrap();
    const starting = service.readiness();
    expect(starting.ready).toBe(false);
    expect(starting.headAtStart).toBe(head);
    expect(starting.behind).toEqual(ALL_PROJECTIONS.map((projection) => ({ projection: projection.name, positions: head + 1 })));
    // Names and counts: nothing about a case.
    expect(JSON.stringify(starting)).not.toMatch(/C\d|complainant/i);

    release();
    expect(await service.untilReady(10_000)).toBe(true);
    expect(service.readiness()).toEqual({ ready: true, headAtStart: head, behind: [] });

    // Events appended after the start do not make it unready again.
    await fileNumberedCase(new CommandProcessor(eventStore, upcasters, systemClock), 99);
    expect(service.readiness().ready).toBe(true);
  });

  it('is ready at once on an empty log', async () => {
    service = new ProjectionsService(eventStore, readStore, upcasters);
    await service.onApplicationBootstrap();
    expect(await service.untilReady(1000)).toBe(true);
    expect(service.readiness()).toEqual({ ready: true, headAtStart: -1, behind: [] });
  });

  it('once caught up, is not ready until the read models\' indexes are built, so no query pays for a sort', async () => {
    await fileCases(3);
    const head = await eventStore.headPosition();
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    const building = Object.assign(Object.create(readStore) as MingoReadStore, {
      buildIndexes: async () => {
        await held;
        return readStore.buildIndexes();
      },
    });
    service = new ProjectionsService(eventStore, building, upcasters);
    await service.onApplicationBootstrap();
    expect(await service.waitFor(head, 10_000)).toBe(true);
    // The projections declared their indexes on empty collections and filled them: none is built yet.
    expect(readStore.unbuiltIndexes()).toBeGreaterThan(0);
    expect(await service.untilReady(200)).toBe(false);
    expect(service.readiness()).toEqual({ ready: false, headAtStart: head, behind: [], buildingIndexes: true });

    release();
    expect(await service.untilReady(10_000)).toBe(true);
    expect(service.readiness()).toEqual({ ready: true, headAtStart: head, behind: [] });
    expect(readStore.unbuiltIndexes()).toBe(0);
  });
});
