import { fileComplaintCommand } from '../support/procedures';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CommandProcessor, systemClock } from '@pdr/application';
import { SqliteEventStore } from '@pdr/event-store-sqlite';
import { caseDecider, caseStream, procedureUpcasters } from '@pdr/procedures';
import { CASES_COLLECTION, caseListProjection, type Projection, ProjectionRunner, QUARANTINE_COLLECTION, type QuarantinedEvent, rebuildProjection } from '@pdr/read-side';
import { MingoReadStore } from '@pdr/read-store-mingo';
import { appendCounted, numberedId, quickRetries, tallyProjection as countingProjection } from './support/log-fixtures';

const upcasters = procedureUpcasters();

describe('projection runner quarantine', () => {
  let dir: string;
  let eventStore: SqliteEventStore;
  let readStore: MingoReadStore;
  const runners: ProjectionRunner[] = [];

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'pdr-quarantine-'));
    eventStore = new SqliteEventStore({ file: join(dir, 'events.sqlite') });
    readStore = new MingoReadStore();
  });

  afterEach(async () => {
    await Promise.all(runners.splice(0).map((runner) => runner.stop()));
    await eventStore.close();
    await readStore.close();
    rmSync(dir, { recursive: true, force: true });
  });

  /** Appends `Counted` events numbered from..to-1, each on its own stream, holding personal data. */
  const count = (from: number, to: number) => appendCounted(eventStore, from, to, { email: 'ada@example.eu' });
  /** A long failure reason: the quarantine keeps it short. */
  const tallyProjection = (name: string, fails: (n: number) => boolean) => countingProjection(name, fails, (n) => `cannot count ${n}: ${'x'.repeat(400)}`);

  const run = async (projection: Projection, onQuarantine?: (entry: QuarantinedEvent) => void) => {
    const runner = new ProjectionRunner(projection, eventStore, readStore, upcasters, { attemptPolicy: quickRetries, ...(onQuarantine ? { onQuarantine } : {}) });
    runners.push(runner);
    await runner.start();
    return runner;
  };

  const caughtUp = async (runner: ProjectionRunner) => expect(await runner.waitFor(await eventStore.headPosition(), 5000)).toBe(true);
  const counted = async (collection: string) => (await readStore.collection(collection).find({}, { sort: { n: 1 } })).map((row) => row.n);

  it('quarantines an event that keeps failing, applies the events after it, and moves its checkpoint past it', async () => {
    await count(0, 5);
    const reported: QuarantinedEvent[] = [];
    const broken = await run(tallyProjection('broken', (n) => n === 2), (entry) => reported.push(entry));
    const healthy = await run(tallyProjection('healthy', () => false));

    await caughtUp(broken);
    expect(await counted('broken')).toEqual([0, 1, 3, 4]); // its batch-mates went through
    await count(5, 7);
    await caughtUp(broken);
    expect(await counted('broken')).toEqual([0, 1, 3, 4, 5, 6]); // and so do later events

    const head = await eventStore.headPosition();
    expect(broken.status()).toMatchObject({ position: head, running: true });
    expect(broken.status().error).toBeUndefined();
    expect(await broken.storedCheckpoint()).toEqual({ position: head, version: 1 });

    const [bad] = await eventStore.readStream('tally-2');
    const quarantined = await broken.quarantined();
    expect(quarantined).toEqual([
      {
        projection: 'broken',
        eventId: numberedId(2),
        streamId: 'tally-2',
        revision: 0,
        globalPosition: bad!.globalPosition,
        type: 'Counted',
        error: expect.stringMatching(/^Error: cannot count 2/),
        firstFailedAt: expect.any(String),
        lastFailedAt: expect.any(String),
        attempts: 3,
      },
    ]);
    expect(quarantined[0]!.error.length).toBeLessThanOrEqual(300);
    expect(reported).toEqual(quarantined);
    // Never the event's data (personal data) in the quarantine.
    expect(JSON.stringify(await readStore.collection(QUARANTINE_COLLECTION).find({}))).not.toContain('ada@example.eu');

    // Each runner is on its own: the healthy projection has every event and nothing quarantined.
    await caughtUp(healthy);
    expect(await counted('healthy')).toEqual([0, 1, 2, 3, 4, 5, 6]);
    expect(await healthy.quarantined()).toEqual([]);
  });

  it('does not quarantine an event that fails transiently and then goes through', async () => {
    await count(0, 3);
    // Fails in its batch and on its first try alone: the second try alone goes through.
    let failures = 2;
    const flaky = await run(tallyProjection('flaky', (n) => n === 1 && failures-- > 0));
    await caughtUp(flaky);
    expect(failures).toBe(-1); // it did fail twice
    expect(await counted('flaky')).toEqual([0, 1, 2]);
    expect(await flaky.quarantined()).toEqual([]);
    expect(flaky.status().error).toBeUndefined();
  });

  it('retries a quarantined event: still failing it stays with its attempts counted, once fixed it leaves the quarantine', async () => {
    await count(0, 3);
    let fixed = false;
    const runner = await run(tallyProjection('tallies', (n) => n === 1 && !fixed));
    await caughtUp(runner);
    const [first] = await runner.quarantined();

    expect(await runner.retryQuarantined()).toEqual({ retried: 1, resolved: 0, stillFailing: 1 });
    const [again] = await runner.quarantined();
    expect(again).toMatchObject({ eventId: numberedId(1), attempts: 6, firstFailedAt: first!.firstFailedAt });

    fixed = true;
    expect(await runner.retryQuarantined(numberedId(99))).toEqual({ retried: 0, resolved: 0, stillFailing: 0 });
    expect(await runner.retryQuarantined(numberedId(1))).toEqual({ retried: 1, resolved: 1, stillFailing: 0 });
    expect(await runner.quarantined()).toEqual([]);
    expect(await counted('tallies')).toEqual([0, 1, 2]);
  });

  it('after a fix, replays the later events of the quarantined event\'s stream that found no row to change', async () => {
    const processor = new CommandProcessor(eventStore, upcasters, systemClock);
    const context = { actorId: 'staff-1', actorRole: 'case-manager' as const, correlationId: 'c', commandId: 'k' };
    const caseId = numberedId(42);
    await processor.process({
      streamId: caseStream(caseId),
      decider: caseDecider,
      context,
      command: (issuedAt) => fileComplaintCommand(caseId, issuedAt),
    });
    await processor.process({ streamId: caseStream(caseId), decider: caseDecider, context, command: (issuedAt) => ({ kind: 'VerifyComplainantIdentity' as const, caseId, method: 'id card', issuedAt }) });
    const [filed] = await eventStore.readStream(caseStream(caseId));

    let fixed = false;
    const cases: Projection = {
      ...caseListProjection,
      project: (event) => {
        if (!fixed && event.eventId === filed!.eventId) throw new Error('unreadable filing');
        return caseListProjection.project(event);
      },
    };
    const runner = await run(cases);
    await caughtUp(runner);
    expect(await readStore.collection(CASES_COLLECTION).count({})).toBe(0); // the verification had no row to mark

    fixed = true;
    expect(await runner.retryQuarantined()).toEqual({ retried: 1, resolved: 1, stillFailing: 0 });
    expect(await readStore.collection(CASES_COLLECTION).findOne({ _id: caseId })).toMatchObject({ identityVerified: true, revision: 1 });
  });

  it('a rebuild of the fixed projection replaces the quarantine with what the new read model misses: nothing', async () => {
    await count(0, 3);
    let fixed = false;
    const projection = tallyProjection('tallies', (n) => n === 0 && !fixed);
    const runner = await run(projection);
    await caughtUp(runner);
    expect(await runner.quarantined()).toHaveLength(1);

    fixed = true;
    await rebuildProjection(runner, eventStore, readStore, upcasters);
    expect(await runner.quarantined()).toEqual([]);
    expect(await counted('tallies')).toEqual([0, 1, 2]);
  });
});
