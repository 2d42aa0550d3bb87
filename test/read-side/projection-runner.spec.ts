import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CommandProcessor, type ReadStore, systemClock, type WriteOperation } from '@pdr/application';
import type { RecordedEvent } from '@pdr/event-sourcing';
import { SqliteEventStore } from '@pdr/event-store-sqlite';
import { caseDecider, caseStream, procedureUpcasters } from '@pdr/procedures';
import { CASES_COLLECTION, caseListProjection, CHECKPOINTS_COLLECTION, ProjectionRunner, rebuildProjection } from '@pdr/read-side';
import { MingoReadStore } from '@pdr/read-store-mingo';
import { fileNumberedCase, staffContext as context } from './support/log-fixtures';

const upcasters = procedureUpcasters();

describe('projection runner', () => {
  let dir: string;
  let eventStore: SqliteEventStore;
  let readStore: MingoReadStore;
  let processor: CommandProcessor;
  let sequence = 0;

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'pdr-projection-'));
    eventStore = new SqliteEventStore({ file: join(dir, 'events.sqlite') });
    readStore = new MingoReadStore();
    processor = new CommandProcessor(eventStore, upcasters, systemClock);
  });

  afterEach(async () => {
    await eventStore.close();
    await readStore.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const fileCase = async () => {
    const { caseId } = await fileNumberedCase(processor, ++sequence);
    const verified = await processor.process({ streamId: caseStream(caseId), decider: caseDecider, context, command: (issuedAt) => ({ kind: 'VerifyComplainantIdentity' as const, caseId, method: 'id card', issuedAt }) });
    return { caseId, position: verified.position };
  };

  const cases = () => readStore.collection(CASES_COLLECTION).find({}, { sort: { _id: 1 } });

  it('applies events in order, stores its checkpoint, and resumes from it after a restart', async () => {
    await fileCase();
    const runner = new ProjectionRunner(caseListProjection, eventStore, readStore, upcasters);
    await runner.start();
    expect(await runner.waitFor(await eventStore.headPosition(), 5000)).toBe(true);
    await runner.stop();
    expect(await runner.storedCheckpoint()).toEqual({ position: await eventStore.headPosition(), version: caseListProjection.version });

    const second = await fileCase();
    const resumed = new ProjectionRunner(caseListProjection, eventStore, readStore, upcasters);
    await resumed.start();
    expect(await resumed.waitFor(second.position, 5000)).toBe(true);
    expect(resumed.status().eventsApplied).toBe(2); // only the new case's two events
    expect(await cases()).toHaveLength(2);
    await resumed.stop();
  });

  it('is idempotent: replaying every event from the start changes nothing', async () => {
    for (let i = 0; i < 5; i++) await fileCase();
    const runner = new ProjectionRunner(caseListProjection, eventStore, readStore, upcasters);
    await runner.start();
    await runner.waitFor(await eventStore.headPosition(), 5000);
    await runner.stop();
    const once = await cases();
    expect(once.every((row) => row.identityVerified === true && row.revision === 1)).toBe(true);

    // Forget the checkpoint, as after a crash between the writes and the checkpoint: everything is applied again.
    await readStore.collection(CHECKPOINTS_COLLECTION).bulkWrite([{ deleteMany: { filter: {} } }]);
    const replay = new ProjectionRunner(caseListProjection, eventStore, readStore, upcasters);
    await replay.start();
    await replay.waitFor(await eventStore.headPosition(), 5000);
    await replay.stop();
    expect(replay.status().eventsApplied).toBe(10);
    expect(await cases()).toEqual(once);
  });

  it('measures append-to-visible lag for live events and how far it is behind the log', async () => {
    const runner = new ProjectionRunner(caseListProjection, eventStore, readStore, upcasters);
    await runner.start();
    for (let i = 0; i < 3; i++) {
      const { position } = await fileCase();
      await runner.waitFor(position, 5000);
    }
    const status = runner.status();
    expect(status.lagMs.samples).toBe(6);
    expect(status.lagMs.p99).toEqual(expect.any(Number));
    expect(status.position).toBe(await eventStore.headPosition());
    await runner.stop();
  });

  it('rebuilds from the start of the log beside the live read model, and readers never see it empty', async () => {
    for (let i = 0; i < 200; i++) await fileCase();
    const live = new ProjectionRunner(caseListProjection, eventStore, readStore, upcasters);
    await live.start();
    await live.waitFor(await eventStore.headPosition(), 5000);
    const before = await cases();

    let reading = true;
    const seen: number[] = [];
    const reader = (async () => {
      while (reading) {
        seen.push(await readStore.collection(CASES_COLLECTION).count({}));
        await new Promise((resolve) => setImmediate(resolve));
      }
    })();
    const appendingDuringRebuild = fileCase();
    const result = await rebuildProjection(live, eventStore, readStore, upcasters);
    await appendingDuringRebuild;
    await live.waitFor(await eventStore.headPosition(), 5000);
    reading = false;
    await reader;

    expect(result.events).toBeGreaterThanOrEqual(400);
    expect(seen.length).toBeGreaterThan(0);
    expect(Math.min(...seen)).toBeGreaterThanOrEqual(200);
    const after = await cases();
    expect(after).toHaveLength(201);
    expect(after.slice(0, 200)).toEqual(before);
    expect(await readStore.listCollections()).not.toContain(`${CASES_COLLECTION}__rebuild`);
    expect(live.running).toBe(true);
    await live.stop();
  });
});

describe('projection runner failures', () => {
  it('when the read store is down, reports it, starts again from its checkpoint, and catches up once the store is back', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pdr-projection-failure-'));
    const eventStore = new SqliteEventStore({ file: join(dir, 'events.sqlite') });
    const mingo = new MingoReadStore();
    const metadata = { actorId: 'a', actorRole: 'system' as const, correlationId: 'c', causationId: 'k' };
    for (let i = 0; i < 3; i++) {
      await eventStore.append(`tally-${i}`, [{ eventId: `00000000-0000-4000-8000-00000000000${i}`, type: 'Counted', schemaVersion: 1, data: { n: i }, metadata }], 'no-stream');
    }
    // An unreachable MongoDB: writes to the read model fail and the store's health says so.
    let down = true;
    const readStore: ReadStore = Object.assign(Object.create(mingo) as MingoReadStore, {
      collection: (name: string) => {
        const collection = mingo.collection(name);
        if (name !== 'tallies') return collection;
        return Object.assign(Object.create(collection) as typeof collection, {
          bulkWrite: (operations: readonly WriteOperation[]) => (down ? Promise.reject(new Error('read store unavailable')) : collection.bulkWrite(operations)),
        });
      },
      health: async () => (down ? { ok: false, detail: 'no server' } : { ok: true }),
    });
    const tallies = {
      name: 'tallies',
      version: 1,
      collections: ['tallies'],
      project: (event: RecordedEvent) => [
        { collection: 'tallies', operation: { updateOne: { filter: { _id: event.streamId }, update: { $setOnInsert: { n: (event.data as { n: number }).n } }, upsert: true } } },
      ],
    };
    const runner = new ProjectionRunner(tallies, eventStore, readStore, upcasters, { attemptPolicy: { attempts: 3, firstPauseMs: 1 } });
    try {
      await runner.start();
      const sawError = await (async () => {
        for (let i = 0; i < 200; i++) {
          if (runner.status().error) return runner.status().error;
          await new Promise((resolve) => setTimeout(resolve, 5));
        }
        return undefined;
      })();
      expect(sawError).toMatch(/read store unavailable/);
      expect(runner.status().position).toBe(-1);
      down = false;
      expect(await runner.waitFor(await eventStore.headPosition(), 10_000)).toBe(true);
      expect(runner.status().error).toBeUndefined();
      expect(await readStore.collection('tallies').count({})).toBe(3);
      // The events were fine: nothing was quarantined for the store's outage.
      expect(await runner.quarantined()).toEqual([]);
    } finally {
      await runner.stop();
      await eventStore.close();
      await mingo.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
