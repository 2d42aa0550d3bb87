import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CommandProcessor, systemClock } from '@pdr/application';
import { SqliteEventStore } from '@pdr/event-store-sqlite';
import { procedureUpcasters } from '@pdr/procedures';
import { CASES_COLLECTION, caseListProjection, ProjectionRunner, rebuildProjection } from '@pdr/read-side';
import { PersistentMingoReadStore } from '@pdr/read-store-mingo';
import { fileNumberedCase } from './support/log-fixtures';

const upcasters = procedureUpcasters();

/** Issue 13, item 1: the embedded read store persists read models and checkpoints, so a restart resumes instead of replaying. */
describe('projections on the persisted in-process read store', () => {
  let dir: string;
  let file: string;
  let eventStore: SqliteEventStore;
  let readStore: PersistentMingoReadStore;
  let processor: CommandProcessor;
  let sequence = 0;

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'pdr-persisted-'));
    file = join(dir, 'read-models.sqlite');
    eventStore = new SqliteEventStore({ file: join(dir, 'events.sqlite') });
    readStore = PersistentMingoReadStore.open({ file });
    processor = new CommandProcessor(eventStore, upcasters, systemClock);
  });

  afterEach(async () => {
    await eventStore.close();
    await readStore.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const fileCase = () => fileNumberedCase(processor, ++sequence);

  const cases = () => readStore.collection(CASES_COLLECTION).find({}, { sort: { _id: 1 } });

  async function restartReadStore(): Promise<void> {
    await readStore.close();
    readStore = PersistentMingoReadStore.open({ file });
  }

  it('resumes from the stored checkpoint after a restart, applying only the events appended since', async () => {
    for (let i = 0; i < 5; i++) await fileCase();
    const runner = new ProjectionRunner(caseListProjection, eventStore, readStore, upcasters);
    await runner.start();
    expect(await runner.waitFor(await eventStore.headPosition(), 5000)).toBe(true);
    await runner.stop();
    const before = await cases();

    await restartReadStore();
    expect(await cases()).toEqual(before);
    const later = await fileCase();
    const resumed = new ProjectionRunner(caseListProjection, eventStore, readStore, upcasters);
    await resumed.start();
    expect(await resumed.waitFor(later.position, 5000)).toBe(true);
    expect(resumed.status().eventsApplied).toBe(1);
    expect(await cases()).toHaveLength(6);
    await resumed.stop();
  });

  it('rebuilds a projection blue/green on the persisted store, and the switch survives a restart', async () => {
    for (let i = 0; i < 20; i++) await fileCase();
    const live = new ProjectionRunner(caseListProjection, eventStore, readStore, upcasters);
    await live.start();
    await live.waitFor(await eventStore.headPosition(), 5000);
    const before = await cases();
    // A projection whose version changed: the rebuild writes beside the live collection, then renames over it.
    const bumped = { ...caseListProjection, version: caseListProjection.version + 1 };
    const next = new ProjectionRunner(bumped, eventStore, readStore, upcasters);
    await live.stop();
    const result = await rebuildProjection(next, eventStore, readStore, upcasters);
    expect(result.events).toBeGreaterThanOrEqual(20);

    await restartReadStore();
    expect(await cases()).toEqual(before);
    expect(await readStore.listCollections()).not.toContain(`${CASES_COLLECTION}__rebuild`);
    const resumed = new ProjectionRunner(bumped, eventStore, readStore, upcasters);
    expect(await resumed.storedCheckpoint()).toEqual({ position: await eventStore.headPosition(), version: bumped.version });
  });
});
