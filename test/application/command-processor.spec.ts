import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type CommandContext, CommandProcessor, StaleRevisionError } from '@pdr/application';
import { type Decider, type DomainEvent, RuleViolation, UpcasterRegistry } from '@pdr/event-sourcing';
import { SqliteEventStore } from '@pdr/event-store-sqlite';

/** A toy procedure: a tally that refuses to pass a limit, enough to exercise the processor alone. */
type Counted = DomainEvent<'Counted', { by: number; at: string }>;
type Count = { kind: 'Count'; by: number; issuedAt: string };
const tally: Decider<Count, { total: number }, Counted> = {
  initialState: { total: 0 },
  decide(command, state) {
    if (state.total + command.by > 10) throw new RuleViolation('unprocessable', 'TALLY-LIMIT', 'the tally stops at 10', 'by');
    return [{ type: 'Counted', data: { by: command.by, at: command.issuedAt } }];
  },
  evolve: (state, event) => ({ total: state.total + event.data.by }),
};

const context = (overrides: Partial<CommandContext> = {}): CommandContext => ({
  actorId: 'staff-1',
  actorRole: 'case-manager',
  correlationId: 'corr-1',
  commandId: 'cmd-1',
  ...overrides,
});

describe('command processor', () => {
  let dir: string;
  let store: SqliteEventStore;
  let processor: CommandProcessor;
  const clock = { now: () => new Date('2026-05-01T12:00:00Z') };

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'pdr-processor-'));
    store = new SqliteEventStore({ file: join(dir, 'events.sqlite'), clock });
    processor = new CommandProcessor(store, new UpcasterRegistry(), clock);
  });

  afterEach(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const count = (by: number, extra: { expectedRevision?: number; context?: CommandContext } = {}) =>
    processor.process({ streamId: 'tally-1', decider: tally, command: (issuedAt) => ({ kind: 'Count', by, issuedAt }), context: extra.context ?? context(), ...(extra.expectedRevision === undefined ? {} : { expectedRevision: extra.expectedRevision }) });

  it('decides on the folded stream, stamps the time from the clock and appends at the revision it decided on', async () => {
    expect(await count(3)).toMatchObject({ revision: 0 });
    expect(await count(4)).toMatchObject({ revision: 1 });
    const events = await store.readStream('tally-1');
    expect(events.map((e) => e.data)).toEqual([{ by: 3, at: '2026-05-01T12:00:00.000Z' }, { by: 4, at: '2026-05-01T12:00:00.000Z' }]);
    expect(events[1].metadata).toEqual({ actorId: 'staff-1', actorRole: 'case-manager', correlationId: 'corr-1', causationId: 'cmd-1' });
  });

  it('appends nothing when the decider refuses', async () => {
    await count(9);
    await expect(count(2)).rejects.toMatchObject({ rule: 'TALLY-LIMIT' });
    expect(await store.readStream('tally-1')).toHaveLength(1);
  });

  it('re-decides when another writer got in first and no If-Match was given', async () => {
    const outcomes = await Promise.all(Array.from({ length: 8 }, () => count(1)));
    expect(outcomes.map((o) => o.revision).sort((a, b) => a - b)).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
    expect(await store.readStream('tally-1')).toHaveLength(8);
  });

  it('re-decides on the new state, so a limit holds under concurrency', async () => {
    const results = await Promise.allSettled(Array.from({ length: 6 }, () => count(3)));
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(3);
    expect((await store.readStream('tally-1')).reduce((sum, e) => sum + (e.data as { by: number }).by, 0)).toBe(9);
  });

  it('refuses a stale If-Match with the current revision, writing nothing', async () => {
    await count(1);
    await count(1);
    await expect(count(1, { expectedRevision: 0 })).rejects.toEqual(new StaleRevisionError('tally-1', 0, 1));
    expect(await store.readStream('tally-1')).toHaveLength(2);
    expect(await count(1, { expectedRevision: 1 })).toMatchObject({ revision: 2 });
  });

  it('answers a retried command (same idempotency key) with what the first attempt wrote', async () => {
    const first = await count(2, { context: context({ idempotencyKey: 'k-1' }) });
    const retried = await count(2, { context: context({ idempotencyKey: 'k-1', commandId: 'cmd-2' }) });
    expect(retried.revision).toBe(first.revision);
    expect(retried.position).toBe(first.position);
    expect(await store.readStream('tally-1')).toHaveLength(1);
  });

  it('folds old events through the upcasters before deciding', async () => {
    const upcasters = new UpcasterRegistry().register({ type: 'Counted', fromVersion: 1, upcast: (data) => ({ by: (data as { amount: number }).amount, at: 'legacy' }) });
    await store.append('tally-1', [{ eventId: '11111111-1111-4111-8111-111111111111', type: 'Counted', schemaVersion: 1, data: { amount: 9 }, metadata: { actorId: 'staff-0', actorRole: 'case-manager', correlationId: 'c-0', causationId: 'cmd-0' } }], 'no-stream');
    const upcasting = new CommandProcessor(store, upcasters, clock);
    await expect(upcasting.process({ streamId: 'tally-1', decider: tally, command: (issuedAt) => ({ kind: 'Count', by: 2, issuedAt }), context: context() })).rejects.toMatchObject({ rule: 'TALLY-LIMIT' });
    const written = await upcasting.process({ streamId: 'tally-1', decider: tally, command: (issuedAt) => ({ kind: 'Count', by: 1, issuedAt }), context: context() });
    expect(written.events[0].schemaVersion).toBe(2);
  });
});
