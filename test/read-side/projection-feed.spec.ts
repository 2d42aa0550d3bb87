import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { EventStore, ReadStore, SubscribeOptions, SubscriptionHandlers, WriteOperation } from '@pdr/application';
import { SqliteEventStore } from '@pdr/event-store-sqlite';
import { procedureUpcasters } from '@pdr/procedures';
import { type Projection, ProjectionFeed, ProjectionRunner } from '@pdr/read-side';
import { MingoReadStore, PersistentMingoReadStore } from '@pdr/read-store-mingo';
import { appendCounted, numberedId, quickRetries, tallyProjection } from './support/log-fixtures';

/** The event store, counting the subscriptions opened and the events they hand over (each one read and parsed). */
function countingReads(store: EventStore) {
  const counts = { subscriptions: 0, eventsRead: 0 };
  const counting: EventStore = Object.assign(Object.create(store) as EventStore, {
    subscribeToAll: (options: SubscribeOptions, handlers: SubscriptionHandlers) => {
      counts.subscriptions++;
      return store.subscribeToAll(options, {
        onEvents: (events) => {
          counts.eventsRead += events.length;
          return handlers.onEvents(events);
        },
        ...(handlers.onError ? { onError: handlers.onError } : {}),
      });
    },
  });
  return { counting, counts };
}

describe('projection feed: one read of the log for every projection', () => {
  let dir: string;
  let eventStore: SqliteEventStore;
  let readStore: MingoReadStore;
  const runners: ProjectionRunner[] = [];

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'pdr-feed-'));
    eventStore = new SqliteEventStore({ file: join(dir, 'events.sqlite') });
    readStore = new MingoReadStore();
  });

  afterEach(async () => {
    await Promise.all(runners.splice(0).map((runner) => runner.stop()));
    await eventStore.close();
    await readStore.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const count = (from: number, to: number) => appendCounted(eventStore, from, to);
  const counted = async (collection: string) => (await readStore.collection(collection).find({}, { sort: { n: 1 } })).map((row) => row.n);
  const range = (from: number, to: number) => Array.from({ length: to - from }, (_, i) => from + i);
  const runner = (projection: Projection, options: ConstructorParameters<typeof ProjectionRunner>[4] = {}, store: EventStore = eventStore, read: ReadStore = readStore) => {
    const created = new ProjectionRunner(projection, store, read, procedureUpcasters(), { attemptPolicy: quickRetries, ...options });
    runners.push(created);
    return created;
  };
  const caughtUp = async (...of: ProjectionRunner[]) => {
    const head = await eventStore.headPosition();
    for (const each of of) expect(await each.waitFor(head, 5000)).toBe(true);
  };

  it('reads and upcasts each event once for N projections, not N times', async () => {
    await count(0, 40);
    const { counting, counts } = countingReads(eventStore);
    const upcasters = procedureUpcasters();
    const upcast = jest.spyOn(upcasters, 'upcast');
    const feed = new ProjectionFeed(counting, upcasters);
    const all = ['a', 'b', 'c', 'd', 'e'].map((name) => runner(tallyProjection(name), { feed }, counting));
    await feed.join(all);
    await caughtUp(...all);
    await count(40, 50); // and live events too
    await caughtUp(...all);

    expect(counts).toEqual({ subscriptions: 1, eventsRead: 50 });
    expect(upcast).toHaveBeenCalledTimes(50);
    for (const name of ['a', 'b', 'c', 'd', 'e']) expect(await counted(name)).toEqual(range(0, 50));
    expect(all.map((each) => each.status().eventsApplied)).toEqual([50, 50, 50, 50, 50]);
  });

  it('feeds each projection exactly the events after its own checkpoint', async () => {
    await count(0, 10);
    const early = runner(tallyProjection('early'));
    await early.start();
    await caughtUp(early);
    await early.stop();
    await count(10, 20);
    const late = runner(tallyProjection('late'));
    await late.start();
    await caughtUp(late);
    await late.stop();
    await count(20, 30);
    const [head, earlyAt, lateAt] = [await eventStore.headPosition(), early.currentPosition, late.currentPosition];

    const { counting, counts } = countingReads(eventStore);
    const feed = new ProjectionFeed(counting, procedureUpcasters());
    const shared = [runner(tallyProjection('late'), { feed }, counting), runner(tallyProjection('fresh'), { feed }, counting), runner(tallyProjection('early'), { feed }, counting)];
    await feed.join(shared);
    await caughtUp(...shared);

    // One subscription from the lowest checkpoint (the fresh projection's: the start of the log).
    expect(counts).toEqual({ subscriptions: 1, eventsRead: 30 });
    expect(shared.map((each) => each.status().eventsApplied)).toEqual([head - lateAt, 30, head - earlyAt]);
    expect(shared.map((each) => each.status().eventsApplied)).toEqual([10, 30, 20]);
    for (const name of ['early', 'late', 'fresh']) expect(await counted(name)).toEqual(range(0, 30));
  });

  it('a projection that fails on an event quarantines it, and the others go on with every event', async () => {
    await count(0, 6);
    const feed = new ProjectionFeed(eventStore, procedureUpcasters());
    const broken = runner(tallyProjection('broken', (n) => n === 2), { feed });
    const healthy = runner(tallyProjection('healthy'), { feed });
    await feed.join([broken, healthy]);
    await caughtUp(broken, healthy);
    await count(6, 8);
    await caughtUp(broken, healthy);

    expect(await counted('broken')).toEqual([0, 1, 3, 4, 5, 6, 7]);
    expect((await broken.quarantined()).map((entry) => entry.eventId)).toEqual([numberedId(2)]);
    expect(await counted('healthy')).toEqual(range(0, 8));
    expect(await healthy.quarantined()).toEqual([]);
    expect([broken.status().running, healthy.status().running]).toEqual([true, true]);
  });

  it('a projection that cannot store its batch leaves the feed, the others go on, and it comes back from its checkpoint', async () => {
    await count(0, 5);
    // Writes to one projection's collection fail as if its store were unreachable; the health check says so while it lasts.
    let down = true;
    const fragileStore: ReadStore = Object.assign(Object.create(readStore) as MingoReadStore, {
      collection: (name: string) => {
        const collection = readStore.collection(name);
        if (name !== 'fragile') return collection;
        return Object.assign(Object.create(collection) as typeof collection, {
          bulkWrite: (operations: readonly WriteOperation[]) => (down ? Promise.reject(new Error('read store unavailable')) : collection.bulkWrite(operations)),
        });
      },
      health: async () => (down ? { ok: false, detail: 'no server' } : { ok: true }),
    });
    const { counting, counts } = countingReads(eventStore);
    const feed = new ProjectionFeed(counting, procedureUpcasters());
    const fragile = runner(tallyProjection('fragile'), { feed }, counting, fragileStore);
    const steady = runner(tallyProjection('steady'), { feed }, counting);
    await feed.join([fragile, steady]);
    await caughtUp(steady);
    await count(5, 8);
    await caughtUp(steady);
    expect(await counted('steady')).toEqual(range(0, 8));
    expect(fragile.status()).toMatchObject({ running: false, position: -1, error: 'read store unavailable' });

    down = false;
    await caughtUp(fragile);
    expect(await counted('fragile')).toEqual(range(0, 8));
    expect(fragile.status().error).toBeUndefined();
    expect(await fragile.quarantined()).toEqual([]);
    // Read again from the fragile projection's checkpoint; the steady one skipped what it had: nothing applied twice.
    expect(counts.subscriptions).toBeGreaterThan(1);
    expect(steady.status().eventsApplied).toBe(8);
    await count(8, 9);
    await caughtUp(fragile, steady);
    expect([fragile.status().eventsApplied, steady.status().eventsApplied]).toEqual([9, 9]);
  });

  it('runs each batch and its checkpoint in one readStore.atomically', async () => {
    await count(0, 3);
    const atomically = jest.spyOn(readStore, 'atomically');
    const feed = new ProjectionFeed(eventStore, procedureUpcasters());
    const one = runner(tallyProjection('one'), { feed });
    const two = runner(tallyProjection('two'), { feed });
    await feed.join([one, two]);
    await caughtUp(one, two);
    expect(atomically.mock.calls.length).toBeGreaterThanOrEqual(2);
    expect(await one.storedCheckpoint()).toEqual({ position: await eventStore.headPosition(), version: 1 });
  });

  describe('with the persisted read store: a delivered batch is one unit for every projection it feeds', () => {
    let persisted: PersistentMingoReadStore;
    const file = () => join(dir, 'read-models.sqlite');
    /** The SQLite transactions the store writes (one per outermost unit). */
    const fileCommits = () => jest.spyOn((persisted as unknown as { file: { commit(entries: readonly unknown[]): void } }).file, 'commit');
    /** Runners are released once their batch is in memory; the unit is written when every runner of the batch is done. */
    const until = async (condition: () => boolean) => {
      for (let tries = 0; !condition() && tries < 500; tries++) await new Promise((resolve) => setTimeout(resolve, 10));
      expect(condition()).toBe(true);
    };
    const persistedCounts = async (store: ReadStore, name: string) => (await store.collection(name).find({}, { sort: { n: 1 } })).map((row) => row.n);

    beforeEach(() => {
      persisted = PersistentMingoReadStore.open({ file: file() });
    });

    afterEach(async () => {
      await Promise.all(runners.splice(0).map((each) => each.stop()));
      await persisted.close();
    });

    it('writes the batch of three projections, with their checkpoints, in one transaction rather than three', async () => {
      await count(0, 10);
      const commits = fileCommits();
      const feed = new ProjectionFeed(eventStore, procedureUpcasters(), { unitOfWork: (work) => persisted.atomically(work) });
      const three = ['a', 'b', 'c'].map((name) => runner(tallyProjection(name), { feed }, eventStore, persisted));
      await feed.join(three);
      await caughtUp(...three);
      await until(() => commits.mock.calls.length > 0);
      await new Promise((resolve) => setTimeout(resolve, 50));
      // The ten events arrive as one batch: one transaction holds every projection's writes and checkpoint.
      expect(commits).toHaveBeenCalledTimes(1);
      await persisted.close();
      persisted = PersistentMingoReadStore.open({ file: file() });
      for (const name of ['a', 'b', 'c']) expect(await persistedCounts(persisted, name)).toEqual(range(0, 10));
      const head = await eventStore.headPosition();
      const checkpoints = await persisted.collection('projection_checkpoints').find({}, { sort: { _id: 1 } });
      expect(checkpoints.map(({ _id, position }) => [_id, position])).toEqual([['a', head], ['b', head], ['c', head]]);
    });

    it('a batch whose unit is not written brings every projection it fed back from its stored checkpoint: none skips or repeats an event', async () => {
      await count(0, 4);
      const setup = new ProjectionFeed(eventStore, procedureUpcasters(), { unitOfWork: (work) => persisted.atomically(work) });
      const first = ['a', 'b'].map((name) => runner(tallyProjection(name), { feed: setup }, eventStore, persisted));
      await setup.join(first);
      await caughtUp(...first);
      await Promise.all(first.map((each) => each.stop()));
      await count(4, 9);

      let failNext = true;
      const feed = new ProjectionFeed(eventStore, procedureUpcasters(), {
        // The first unit is refused as a failing file write would be: memory put back, nothing written.
        unitOfWork: (work) =>
          persisted.atomically(async () => {
            const result = await work();
            if (failNext) {
              failNext = false;
              throw new Error('disk I/O error');
            }
            return result;
          }),
      });
      const again = ['a', 'b'].map((name) => runner(tallyProjection(name), { feed }, eventStore, persisted));
      await feed.join(again);
      await until(() => !failNext);
      // Interrupted by the failed unit, each comes back after its pause and catches up again.
      const head = await eventStore.headPosition();
      await until(() => again.every((each) => each.status().running && each.currentPosition === head));
      for (const name of ['a', 'b']) expect(await persistedCounts(persisted, name)).toEqual(range(0, 9));
      // Each came back from position 3 and applied 4..8 once more: the undone attempt left nothing behind.
      expect(again.map((each) => each.status().error)).toEqual([undefined, undefined]);
      await persisted.close();
      persisted = PersistentMingoReadStore.open({ file: file() });
      for (const name of ['a', 'b']) expect(await persistedCounts(persisted, name)).toEqual(range(0, 9));
    });
  });

  it('a runner stopped and started again on a shared feed gets exactly the events it missed', async () => {
    await count(0, 4);
    const feed = new ProjectionFeed(eventStore, procedureUpcasters());
    const paused = runner(tallyProjection('paused'), { feed });
    const steady = runner(tallyProjection('steady'), { feed });
    await feed.join([paused, steady]);
    await caughtUp(paused, steady);
    await paused.stop();
    await count(4, 9);
    await caughtUp(steady);
    expect(await counted('paused')).toEqual(range(0, 4));
    const before = paused.status().eventsApplied;
    await paused.start();
    await caughtUp(paused, steady);
    expect(await counted('paused')).toEqual(range(0, 9));
    // The five it missed, once; the steady one skipped the events read again for it.
    expect([paused.status().eventsApplied - before, steady.status().eventsApplied]).toEqual([5, 9]);
  });
});
