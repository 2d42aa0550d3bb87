import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes, randomUUID } from 'node:crypto';
import { ProtectedEventStore, type ProtectionPolicy, type ReadAllOptions } from '@pdr/application';
import type { NewEvent, RecordedEvent } from '@pdr/event-sourcing';
import { SqliteEventStore } from '@pdr/event-store-sqlite';
import { SqliteKeyStore } from '@pdr/key-store-sqlite';
import { PersistentMingoReadStore } from '@pdr/read-store-mingo';
import { ForgettingSweep, SWEEP_CHECKPOINT, type AppConfig } from '@pdr/platform';
import { CheckpointStore } from '@pdr/read-side';

const metadata = { actorId: 'staff-1', actorRole: 'case-manager' as const, correlationId: 'c-1', causationId: 'c-1' };
const event = (type: string): NewEvent => ({ eventId: randomUUID(), type, schemaVersion: 1, data: {}, metadata });

/** A policy where `Forgotten` destroys its stream's key, as disposal and erasure destroy theirs. */
const policy: ProtectionPolicy = {
  sealedPatterns: () => [],
  keySubject: (streamId) => `key-${streamId}`,
  keysForgottenBy: (streamId, type) => (type === 'Forgotten' ? [`key-${streamId}`] : []),
};

/** The log as the sweep reads it, noting where each read starts. */
class WatchedLog extends SqliteEventStore {
  readonly readsAfter: number[] = [];
  override readAll(options?: ReadAllOptions): Promise<RecordedEvent[]> {
    this.readsAfter.push(options?.after ?? -1);
    return super.readAll(options);
  }
}

describe('the forgetting sweep at start (BBB-8.3, issue 9; checkpointed, issue 13)', () => {
  let dir: string;
  let log: WatchedLog;
  let keys: SqliteKeyStore;
  let readStore: PersistentMingoReadStore;
  let sweep: ForgettingSweep;

  const open = () => {
    readStore = PersistentMingoReadStore.open({ file: join(dir, 'read-models.sqlite') });
    sweep = new ForgettingSweep({ projectionsInProcess: true } as AppConfig, log, new ProtectedEventStore(log, keys, policy, () => undefined), readStore);
  };

  /** A forgetting event recorded but its key never destroyed: a stop between the append and the destruction. */
  const interruptedForgetting = async (streamId: string) => {
    await keys.dataKey(`key-${streamId}`);
    await log.append(streamId, [event('Noted'), event('Forgotten')], 'any');
  };

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'pdr-sweep-'));
    log = new WatchedLog({ file: join(dir, 'events.sqlite') });
    keys = new SqliteKeyStore({ file: join(dir, 'keys', 'data-keys.sqlite'), kek: { id: 'kek-test', key: randomBytes(32) } });
    open();
  });

  afterEach(async () => {
    await readStore.close();
    await log.close();
    await keys.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('BBB-8.3: destroys a key whose destruction a stop interrupted, and keeps the others', async () => {
    await interruptedForgetting('case-a');
    await keys.dataKey('key-case-b');
    await log.append('case-b', [event('Noted')], 'any');

    expect(await sweep.sweep()).toBe(1);
    expect(await keys.findDataKey('key-case-a')).toBe('destroyed');
    expect(await keys.findDataKey('key-case-b')).toBeInstanceOf(Buffer);
  });

  it('BBB-8.3: a later start sweeps only what was appended since the last sweep, from its checkpoint kept with the read models', async () => {
    await interruptedForgetting('case-a');
    await sweep.sweep();
    const head = await log.headPosition();
    expect(await new CheckpointStore(readStore).load(SWEEP_CHECKPOINT)).toEqual({ position: head, version: 1 });

    await interruptedForgetting('case-c');
    await readStore.close();
    open();
    log.readsAfter.length = 0;

    expect(await sweep.sweep()).toBe(1);
    expect(log.readsAfter[0]).toBe(head);
    expect(await keys.findDataKey('key-case-c')).toBe('destroyed');
  });

  it('BBB-8.3: a checkpoint past the head of the log (a log put back to an earlier state) sweeps the whole log again', async () => {
    await interruptedForgetting('case-a');
    await new CheckpointStore(readStore).save(SWEEP_CHECKPOINT, { position: 1_000, version: 1 }, new Date());
    log.readsAfter.length = 0;

    expect(await sweep.sweep()).toBe(1);
    expect(log.readsAfter[0]).toBe(-1);
  });
});
