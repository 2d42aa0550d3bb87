import Database from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Clock } from '@pdr/application';
import type { NewEvent } from '@pdr/event-sourcing';
import { holdWalSyncs } from '@pdr/sqlite-support';
import { describeEventStoreContract } from '@pdr/testing';
import { EventIdConflictError, EventStoreClosedError, SCHEMA_VERSION, SqliteEventStore } from './index';

function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'pdr-sqlite-es-'));
}

function newEvent(data: unknown = { n: 1 }): NewEvent {
  return {
    eventId: randomUUID(),
    type: 'Tested',
    schemaVersion: 1,
    data,
    metadata: { actorId: 'u1', actorRole: 'system', correlationId: randomUUID(), causationId: randomUUID() },
  };
}

describeEventStoreContract('SQLite', async () => {
  const dir = tempDir();
  const store = new SqliteEventStore({ file: join(dir, 'events.db') });
  return {
    store,
    dispose: async () => {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
});

describe('SqliteEventStore', () => {
  let dir: string;
  let file: string;
  const open: SqliteEventStore[] = [];
  const openStore = (options: { clock?: Clock } = {}): SqliteEventStore => {
    const store = new SqliteEventStore({ file, ...options });
    open.push(store);
    return store;
  };

  beforeEach(() => {
    dir = tempDir();
    file = join(dir, 'nested', 'dirs', 'events.db');
  });
  afterEach(async () => {
    await Promise.all(open.splice(0).map((store) => store.close()));
    rmSync(dir, { recursive: true, force: true });
  });

  it('creates missing parent directories and an empty store at head position -1', async () => {
    const store = openStore();
    expect(await store.headPosition()).toBe(-1);
    expect(await store.readAll()).toEqual([]);
  });

  it('keeps every acknowledged event across close and reopen', async () => {
    const first = openStore();
    const events = [newEvent({ a: 1 }), newEvent({ b: [2] })];
    const result = await first.append('case-1', events, 'no-stream');
    await first.close();

    const second = openStore();
    const read = await second.readStream('case-1');
    expect(read.map((e) => [e.eventId, e.data])).toEqual(events.map((e) => [e.eventId, e.data]));
    expect(await second.headPosition()).toBe(result.lastPosition);
    expect((await second.append('case-1', [newEvent()], 1)).nextRevision).toBe(2);
  });

  it('runs in WAL mode with synchronous=NORMAL (the store fsyncs the WAL itself) and records its schema version', async () => {
    openStore();
    // A second connection sees the persistent settings; synchronous is per connection, so ask the store's own.
    const probe = new Database(file, { readonly: true });
    try {
      expect(probe.pragma('journal_mode', { simple: true })).toBe('wal');
      expect(probe.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    } finally {
      probe.close();
    }
    const store = open[0]!;
    const db = (store as unknown as { db: Database.Database }).db;
    expect(db.pragma('synchronous', { simple: true })).toBe(1);
  });

  it('acknowledges an append, and hands its events to a subscriber or readAll, only once an fsync of the WAL has finished', async () => {
    const store = openStore();
    const disk = holdWalSyncs();
    try {
      const seen: string[] = [];
      const subscription = store.subscribeToAll(
        {},
        {
          onEvents: async (events) => {
            seen.push(...events.map((event) => event.eventId));
          },
        },
      );
      const event = newEvent();
      let acknowledged = false;
      const appended = store.append('case-1', [event], 'no-stream').then((result) => {
        acknowledged = true;
        return result;
      });
      await new Promise((resolve) => setTimeout(resolve, 50));
      // Committed (a reader of the file sees it), not yet on disk: nobody has been told.
      const head = await store.headPosition();
      expect(head).toBeGreaterThanOrEqual(0);
      let read = false;
      const all = store.readAll().then((events) => {
        read = true;
        return events;
      });
      await new Promise((resolve) => setTimeout(resolve, 20));
      expect([acknowledged, read, seen]).toEqual([false, false, []]);

      disk.release();
      expect((await appended).lastPosition).toBe(head);
      expect((await all).map((each) => each.eventId)).toEqual([event.eventId]);
      for (let tries = 0; seen.length === 0 && tries < 100; tries++) await new Promise((resolve) => setTimeout(resolve, 5));
      expect(seen).toEqual([event.eventId]);
      expect(store.stats().syncs).toBeGreaterThanOrEqual(1);
      await subscription.stop();
    } finally {
      disk.restore();
    }
  });

  it('reading a log written before it opened, page by page, syncs the WAL once, not once per page', async () => {
    const first = openStore();
    for (let n = 0; n < 10; n++) await first.append(`case-${n}`, [newEvent({ n })], 'no-stream');
    await first.close();

    const store = openStore();
    const seen: number[] = [];
    const subscription = store.subscribeToAll(
      { batchSize: 2 },
      {
        onEvents: async (events) => {
          seen.push(...events.map((event) => event.globalPosition));
        },
      },
    );
    for (let tries = 0; seen.length < 10 && tries < 200; tries++) await new Promise((resolve) => setTimeout(resolve, 5));
    await subscription.stop();
    expect(seen).toHaveLength(10);
    expect(store.stats().syncs).toBe(1);
  });

  it('commits concurrent appends in far fewer transactions than appends (group commit)', async () => {
    const store = openStore();
    const writers = 50;
    const rounds = 10;

    await Promise.all(
      Array.from({ length: writers }, async (_, w) => {
        for (let round = 0; round < rounds; round++) {
          await store.append(`writer-${w}`, [newEvent(), newEvent()], round === 0 ? 'no-stream' : round * 2 - 1);
        }
      }),
    );

    const stats = store.stats();
    expect(stats.appends).toBe(writers * rounds);
    expect(stats.events).toBe(writers * rounds * 2);
    expect(stats.transactions).toBeLessThanOrEqual(rounds * 2);
    expect(stats.largestTransaction).toBe(writers);
  });

  it('refuses one append of a group without failing the others committed with it', async () => {
    const store = openStore();
    await store.append('shared', [newEvent()], 'no-stream');
    const before = store.stats().transactions;

    const outcomes = await Promise.allSettled([
      store.append('a', [newEvent()], 'no-stream'),
      store.append('shared', [newEvent()], 7),
      store.append('b', [newEvent(), newEvent()], 'no-stream'),
    ]);

    expect(outcomes.map((o) => o.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect(store.stats().transactions).toBe(before + 1);
    expect(await store.readStream('shared')).toHaveLength(1);
    expect(await store.readStream('b')).toHaveLength(2);
  });

  it('checks each append of a group against the revision left by the appends before it', async () => {
    const store = openStore();

    const results = await Promise.all([
      store.append('s', [newEvent()], 'no-stream'),
      store.append('s', [newEvent(), newEvent()], 0),
      store.append('s', [newEvent()], 2),
    ]);

    expect(results.map((r) => r.nextRevision)).toEqual([0, 2, 3]);
    expect(store.stats().transactions).toBe(1);
  });

  it('refuses with EventIdConflictError when event ids are stored in another stream or in another order', async () => {
    const store = openStore();
    const [a, b] = [newEvent(), newEvent()];
    await store.append('one', [a, b], 'no-stream');

    await expect(store.append('two', [a], 'any')).rejects.toThrow(EventIdConflictError);
    await expect(store.append('one', [b, a], 'any')).rejects.toThrow(EventIdConflictError);
    await expect(store.append('one', [a], 'any')).resolves.toEqual({ nextRevision: 0, lastPosition: 1 });
    await expect(store.append('one', [newEvent(), a], 'any')).rejects.toThrow(EventIdConflictError);
    expect(await store.readAll()).toHaveLength(2);
  });

  it('rejects malformed appends before queuing them', async () => {
    const store = openStore();
    const event = newEvent();

    await expect(store.append('', [event], 'any')).rejects.toThrow(TypeError);
    await expect(store.append('s', [event, event], 'any')).rejects.toThrow(/appears twice/);
    await expect(store.append('s', [{ ...event, data: undefined }], 'any')).rejects.toThrow(/not JSON-serialisable/);
    await expect(store.append('s', [event], -1)).rejects.toThrow(RangeError);
    expect(store.stats().transactions).toBe(0);
  });

  it('takes recordedAt from the injected clock', async () => {
    const instant = new Date('2031-02-03T04:05:06.789Z');
    const store = openStore({ clock: { now: () => instant } });

    await store.append('s', [newEvent()], 'no-stream');

    expect((await store.readStream('s'))[0]!.recordedAt).toBe('2031-02-03T04:05:06.789Z');
  });

  it('settles appends already accepted when closed, then refuses new calls', async () => {
    const store = openStore();
    const pending = store.append('s', [newEvent()], 'no-stream');

    await store.close();

    await expect(pending).resolves.toMatchObject({ nextRevision: 0 });
    await expect(store.append('s', [newEvent()], 'any')).rejects.toBeInstanceOf(EventStoreClosedError);
    expect(await store.health()).toMatchObject({ ok: false });
  });

  it('stops running subscriptions when closed', async () => {
    const store = openStore();
    await store.append('s', [newEvent()], 'no-stream');
    const delivered: number[] = [];
    store.subscribeToAll({}, { onEvents: async (events) => void delivered.push(...events.map((e) => e.globalPosition)) });
    while (delivered.length === 0) await new Promise((resolve) => setTimeout(resolve, 5));

    await store.close();

    expect(delivered).toEqual([1]);
  });

  it('lets other work run while a subscription replays a long history (no event-loop stall)', async () => {
    const store = openStore();
    await Promise.all(Array.from({ length: 50 }, (_, i) => store.append(`s-${i}`, Array.from({ length: 20 }, () => newEvent()), 'no-stream')));
    let batches = 0;
    let batchesWhenTimerFired = -1;
    setTimeout(() => (batchesWhenTimerFired = batches), 0);
    const subscription = store.subscribeToAll({ batchSize: 10 }, { onEvents: async () => void batches++ });
    while (batches < 100) await new Promise((resolve) => setTimeout(resolve, 1));
    await subscription.stop();

    expect(batchesWhenTimerFired).toBeGreaterThanOrEqual(0);
    expect(batchesWhenTimerFired).toBeLessThan(100);
  });

  it('pages through a large log with readAll: every event once, in global order', async () => {
    const store = openStore();
    const total = 50_000;
    // Seeded through one direct transaction: this is about reading (npm run bench measures the rates).
    const db = (store as unknown as { db: Database.Database }).db;
    const insert = db.prepare(
      `INSERT INTO events (event_id, stream_id, revision, type, schema_version, data, metadata, recorded_at) VALUES (?, ?, ?, 'Seeded', 1, ?, ?, ?)`,
    );
    const metadata = JSON.stringify(newEvent().metadata);
    const now = new Date().toISOString();
    db.transaction(() => {
      for (let i = 0; i < total; i++) insert.run(`e-${i}`, `stream-${i % 1000}`, Math.floor(i / 1000), JSON.stringify({ n: i }), metadata, now);
    })();

    let after = -1;
    let expected = 0;
    for (;;) {
      const page = await store.readAll({ after, maxCount: 1000 });
      if (page.length === 0) break;
      for (const event of page) expect((event.data as { n: number }).n).toBe(expected++);
      after = page[page.length - 1]!.globalPosition;
    }
    expect(expected).toBe(total);
  });
});
