import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes, randomUUID } from 'node:crypto';
import { type CommandContext, CommandProcessor, type EventStore, procedureProtection, ProtectedEventStore, systemClock } from '@pdr/application';
import type { NewEvent } from '@pdr/event-sourcing';
import { SqliteEventStore } from '@pdr/event-store-sqlite';
import { SqliteKeyStore } from '@pdr/key-store-sqlite';
import { type CaseCommand, type CaseEvent, caseDecider, type CaseState, caseStream, ERASED, type OpenCase, procedureUpcasters } from '@pdr/procedures';

const metadata = { actorId: 'staff-1', actorRole: 'case-manager' as const, correlationId: 'c-1', causationId: 'c-1' };
const event = (type: string, data: Record<string, unknown>): NewEvent => ({ eventId: randomUUID(), type, schemaVersion: 1, data, metadata });
const context = (extra: Partial<CommandContext> = {}): CommandContext => ({ actorId: 'staff-1', actorRole: 'case-manager', correlationId: randomUUID(), commandId: randomUUID(), ...extra });

/** A long case as the deciders grow one: deadlines set and met, notices sent and delivered, 3 events a round. */
function longTail(caseId: string, rounds: number, from = 0): NewEvent[] {
  return Array.from({ length: rounds }, (_, round) => {
    const i = from + round;
    const at = new Date(Date.UTC(2026, 5, 1) + i * 3_600_000).toISOString();
    return [
      event('DeadlineSet', { caseId, deadlineId: `d-${i}`, kind: 'k', rule: 'BBB-3.2', basis: { event: 'x', at }, calendarId: 'us-federal', count: 10, unit: 'business-days', dueOn: '2027-01-04', dueAt: '2027-01-04T23:59:59.999-05:00' }),
      event('NoticeSent', { caseId, noticeId: `n-${i}`, kind: 'notice', rule: 'BBB-3.2', recipient: 'respondent', sentAt: at }),
      event(i % 2 ? 'DeadlineMet' : 'NoticeDelivered', { caseId, deadlineId: `d-${i}`, noticeId: `n-${i}`, metAt: at, deliveredAt: at }),
    ];
  }).flat();
}

describe('the command processor folds from a cached state, verified against the log (issue 13, item 4)', () => {
  let dir: string;
  let log: SqliteEventStore;
  let otherLog: SqliteEventStore;
  let keys: SqliteKeyStore;
  let store: EventStore;
  /** Another process on the same files: what it appends, this process's cache has never seen. */
  let otherProcess: EventStore;
  let processor: CommandProcessor;
  let evolved = 0;
  /** The case decider, counting its evolve calls (one object, so the cache serves it). */
  const counting = { ...caseDecider, evolve: (state: CaseState, e: CaseEvent) => (evolved++, caseDecider.evolve(state, e)) };

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'pdr-fold-cache-'));
    const kek = { id: 'kek-test', key: randomBytes(32) };
    log = new SqliteEventStore({ file: join(dir, 'events.sqlite') });
    otherLog = new SqliteEventStore({ file: join(dir, 'events.sqlite') });
    keys = new SqliteKeyStore({ file: join(dir, 'keys.sqlite'), kek });
    store = new ProtectedEventStore(log, keys, procedureProtection);
    otherProcess = new ProtectedEventStore(otherLog, keys, procedureProtection);
    processor = new CommandProcessor(store, procedureUpcasters(), systemClock);
    evolved = 0;
  });

  afterEach(async () => {
    await store.close();
    await otherProcess.close();
    await keys.close();
    rmSync(dir, { recursive: true, force: true });
  });

  /** The reference: every event read from the log now, reduced with the pure evolve. */
  async function reduced(streamId: string, upTo?: number): Promise<CaseState> {
    const events = await store.readStream(streamId, upTo === undefined ? undefined : { maxCount: upTo + 1 });
    return events.map((e) => ({ type: e.type, data: e.data }) as CaseEvent).reduce(caseDecider.evolve, caseDecider.initialState);
  }

  async function fileCase(caseId: string, rounds: number): Promise<string> {
    const streamId = caseStream(caseId);
    await processor.process({
      streamId, decider: caseDecider, context: context(),
      command: (issuedAt): CaseCommand => ({
        kind: 'FileComplaint', caseId, rulebookId: 'bbb-eu-safe-harbor', receivedAt: '2026-06-01T09:00:00Z', channel: 'web-form',
        complainant: { name: 'Ada Example', email: 'ada@example.eu', country: 'DE', filingAs: 'data-subject' }, respondent: { name: 'Acme' },
        allegation: 'kept mailing me', outcomesSought: ['suppress my data'], issuedAt,
      }),
    });
    const tail = longTail(caseId, rounds);
    for (let at = 0; at < tail.length; at += 500) await store.append(streamId, tail.slice(at, at + 500), at);
    return streamId;
  }

  const verify = (caseId: string, key?: string) =>
    processor.process({ streamId: caseStream(caseId), decider: counting, context: context(key ? { idempotencyKey: key, requestFingerprint: 'f' } : {}), command: (issuedAt): CaseCommand => ({ kind: 'VerifyComplainantIdentity', caseId, method: 'passport', issuedAt }) });

  it('a command on a 3,000-event case folds only the events after the cached revision, and ends in the state the plain reduce gives', async () => {
    const streamId = await fileCase('long', 1_000);
    const first = await processor.state(streamId, counting);
    expect(first.revision).toBe(3_000);
    expect(evolved).toBe(3_001);

    evolved = 0;
    const outcome = await verify('long');
    expect(outcome.events.map((e) => e.type)).toContain('ComplainantIdentityVerified');
    const after = await processor.state(streamId, counting);
    expect(after.revision).toBe(outcome.revision);
    // Nothing refolded: the command decided on the cached state, the read after it folded only what it wrote.
    expect(evolved).toBe(outcome.events.length);
    expect(after.state).toStrictEqual(await reduced(streamId));
    expect((after.state as OpenCase).identityVerified).toBe(true);
  });

  it('serves the case detail (the state at the read model row\'s revision) as the plain reduce does, behind the cache or at it', async () => {
    const streamId = await fileCase('detail', 1_000);
    await processor.state(streamId, caseDecider);
    expect((await processor.state(streamId, caseDecider, 3_000)).state).toStrictEqual(await reduced(streamId));
    // A read model behind the log: folded up to its revision, not served the newer cached state.
    const behind = await processor.state(streamId, caseDecider, 1_234);
    expect(behind.revision).toBe(1_234);
    expect(behind.state).toStrictEqual(await reduced(streamId, 1_234));
    expect((await processor.state(streamId, caseDecider, 3_000)).state).toStrictEqual(await reduced(streamId));
  });

  it('never serves a stale state: events another process appended after the cached revision are read and folded', async () => {
    const streamId = await fileCase('shared', 100);
    await processor.state(streamId, counting);
    await otherProcess.append(streamId, longTail('shared', 5, 100), 300);

    evolved = 0;
    const { state, revision } = await processor.state(streamId, counting);
    expect(revision).toBe(315);
    expect(evolved).toBe(15);
    expect(state).toStrictEqual(await reduced(streamId));
    expect(Object.keys((state as OpenCase).deadlines)).toHaveLength(105);
  });

  it('refolds from the log when the stream is not the one cached (another event at the cached revision: a replaced log)', async () => {
    const replacement = new SqliteEventStore({ file: join(dir, 'replacement.sqlite') });
    let current: EventStore = log;
    const switching = { readStream: (id: string, options?: object) => current.readStream(id, options) } as unknown as EventStore;
    const reader = new CommandProcessor(switching, procedureUpcasters(), systemClock);
    const filed = (name: string) => event('ComplaintFiled', { caseId: 'x', rulebook: { id: 'bbb-eu-safe-harbor', version: '1' }, receivedAt: '2026-06-01T09:00:00Z', complainant: { name }, respondent: { name: 'Acme' } });
    await log.append('case-x', [filed('Ada'), ...longTail('x', 4)], 'no-stream');
    await replacement.append('case-x', [filed('Bea'), ...longTail('x', 6, 50)], 'no-stream');
    expect(((await reader.state('case-x', caseDecider)).state as OpenCase).parties?.complainantName).toBe('Ada');

    current = replacement;
    const { state, revision } = await reader.state('case-x', caseDecider);
    expect(revision).toBe(18);
    expect((state as OpenCase).parties?.complainantName).toBe('Bea');
    expect(Object.keys((state as OpenCase).deadlines)).toEqual(['d-50', 'd-51', 'd-52', 'd-53', 'd-54', 'd-55']);
    await replacement.close();
  });

  it('replays a retried command (same idempotency key) from the cached ids, writing nothing again', async () => {
    await fileCase('retried', 500);
    const first = await verify('retried', 'key-1');
    const again = await verify('retried', 'key-1');
    expect(again.revision).toBe(first.revision);
    expect(again.events.map((e) => e.eventId)).toEqual(first.events.map((e) => e.eventId));
    expect(await store.readStream(caseStream('retried'))).toHaveLength(first.revision + 1);
  });

  it('lets erasure take effect: once a stream\'s complainant key is destroyed, its cached state is not served', async () => {
    const streamId = await fileCase('erased', 50);
    const cached = await processor.state(streamId, caseDecider);
    expect((cached.state as OpenCase).parties?.complainantName).toBe('Ada Example');

    // Recorded by another process: appending it destroys the key (crypto-shredding), so reading yields [erased].
    await otherProcess.append(streamId, [event('ComplainantDataErased', { caseId: 'erased', requestId: 'r-1', erasedAt: '2026-09-01T00:00:00Z' })], 150);
    const after = await processor.state(streamId, caseDecider);
    expect((after.state as OpenCase).parties?.complainantName).toBe(ERASED);
    expect(after.state).toStrictEqual(await reduced(streamId));
    // And again, now that the stream holds an erasure: folded from the log as read now, never from a cached copy.
    expect(((await processor.state(streamId, caseDecider)).state as OpenCase).parties?.complainantName).toBe(ERASED);
  });
});
