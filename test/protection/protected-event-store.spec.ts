import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes, randomUUID } from 'node:crypto';
import { DataKeyDestroyedError, procedureProtection, ProtectedEventStore, SEALED, UNREADABLE } from '@pdr/application';
import type { NewEvent } from '@pdr/event-sourcing';
import { SqliteEventStore } from '@pdr/event-store-sqlite';
import { SqliteKeyStore } from '@pdr/key-store-sqlite';
import { caseComplainantKey, caseFileKey, ERASED } from '@pdr/procedures';

const metadata = { actorId: 'staff-1', actorRole: 'case-manager' as const, correlationId: 'c-1', causationId: 'c-1' };
const event = (type: string, data: unknown): NewEvent => ({ eventId: randomUUID(), type, schemaVersion: 1, data, metadata });

const complaint = (caseId: string) =>
  event('ComplaintFiled', {
    caseId,
    complainant: { name: 'Émilie Zanetti-Moreau', email: 'emilie.zanetti@example.eu', country: 'FR', filingAs: 'data-subject' },
    respondent: { businessId: 'b-1', name: 'Acme Analytics Inc.' },
    allegation: 'Acme sold my browsing history to a data broker',
    outcomesSought: ['deletion of my profile', 'an apology'],
    receivedAt: '2026-11-02T10:00:00.000Z',
  });

describe('envelope encryption around the event store (issue 9)', () => {
  let dir: string;
  let log: SqliteEventStore;
  let keys: SqliteKeyStore;
  let store: ProtectedEventStore;
  const unreadable: string[] = [];

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'pdr-protection-'));
    log = new SqliteEventStore({ file: join(dir, 'events.sqlite') });
    keys = new SqliteKeyStore({ file: join(dir, 'keys', 'data-keys.sqlite'), kek: { id: 'kek-test', key: randomBytes(32) } });
    store = new ProtectedEventStore(log, keys, procedureProtection, (_event, path) => unreadable.push(path));
    unreadable.length = 0;
  });

  afterEach(async () => {
    await store.close();
    await keys.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const rawBytes = (): string => readdirSync(dir).filter((file) => file.startsWith('events')).map((file) => readFileSync(join(dir, file)).toString('latin1')).join('');

  it('seals every classified field with its subject key: the log holds no plaintext, every read gives it back', async () => {
    const caseId = randomUUID();
    const filed = complaint(caseId);
    await store.append(`case-${caseId}`, [filed], 'no-stream');

    const [raw] = await log.readStream(`case-${caseId}`);
    expect(raw!.metadata.sealed).toEqual({
      [caseComplainantKey(caseId)]: { paths: ['complainant.name', 'complainant.email', 'complainant.country', 'allegation', 'outcomesSought.0', 'outcomesSought.1'], value: expect.any(String) },
      [caseFileKey(caseId)]: { paths: ['respondent.name'], value: expect.any(String) },
    });
    expect(JSON.stringify(raw!.data)).not.toMatch(/Zanetti|emilie|browsing|apology|Acme Analytics/);
    expect(raw!.data).toMatchObject({ caseId, complainant: { filingAs: 'data-subject' }, receivedAt: '2026-11-02T10:00:00.000Z' });
    expect(rawBytes()).not.toMatch(/Zanetti|browsing history/);

    const [opened] = await store.readStream(`case-${caseId}`);
    expect(opened!.data).toEqual(filed.data);
    expect((await store.readAll()).map((e) => e.data)).toEqual([filed.data]);
  });

  it('seals each subject\'s values of an event with a fresh nonce, bound to the event and fields: equal values differ, a moved value does not open', async () => {
    const first = randomUUID();
    const second = randomUUID();
    await store.append(`case-${first}`, [complaint(first)], 'no-stream');
    await store.append(`case-${second}`, [complaint(second)], 'no-stream');
    const [a] = await log.readStream(`case-${first}`);
    const [b] = await log.readStream(`case-${second}`);
    expect(a!.metadata.sealed![caseComplainantKey(first)]!.value).not.toEqual(b!.metadata.sealed![caseComplainantKey(second)]!.value);
    expect((a!.data as { allegation: string }).allegation).toBe(SEALED);

    // Another event's sealed value under the same subject name: authentication fails, the reader gets a placeholder.
    const moved = { ...a!, eventId: randomUUID() };
    const [opened] = await (store as unknown as { openAll(events: unknown[]): Promise<Array<{ data: { allegation: string; respondent: { name: string } } }>> }).openAll([moved]);
    expect(opened!.data.allegation).toBe(UNREADABLE);
    expect(unreadable).toEqual(expect.arrayContaining(['allegation', 'complainant.name']));
    // The other subject's value is its own: it fails on its own too (bound to the event id), and says so.
    expect(opened!.data.respondent.name).toBe(UNREADABLE);
  });

  it('reads a destroyed subject as [erased] and keeps the other subjects readable; refuses new data under a destroyed key', async () => {
    const caseId = randomUUID();
    await store.append(`case-${caseId}`, [complaint(caseId)], 'no-stream');
    await keys.destroy(caseComplainantKey(caseId), new Date());

    const [opened] = await store.readStream(`case-${caseId}`);
    expect(opened!.data).toMatchObject({ complainant: { name: ERASED, email: ERASED, country: ERASED, filingAs: 'data-subject' }, allegation: ERASED, outcomesSought: [ERASED, ERASED], respondent: { name: 'Acme Analytics Inc.' } });

    await expect(store.append(`case-${caseId}`, [event('ComplaintWithdrawn', { caseId, reason: 'changed my mind', withdrawnAt: '2026-11-03T00:00:00.000Z' })], 0)).rejects.toBeInstanceOf(DataKeyDestroyedError);
    expect(await log.readStream(`case-${caseId}`)).toHaveLength(1);
  });

  it('opens events on a catch-up subscription too, and leaves unclassified events untouched', async () => {
    const caseId = randomUUID();
    await store.append(`case-${caseId}`, [complaint(caseId), event('NoticeSent', { caseId, noticeId: 'n-1', sentAt: '2026-11-02T10:00:00.000Z' })], 'no-stream');
    let delivered: (data: unknown[]) => void = () => undefined;
    const received = new Promise<unknown[]>((resolve) => (delivered = resolve));
    const subscription = store.subscribeToAll({}, { onEvents: async (events) => delivered(events.map((e) => e.data)) });
    const seen = await received;
    await subscription.stop();
    expect(seen[0]).toMatchObject({ complainant: { name: 'Émilie Zanetti-Moreau' } });
    expect(seen[1]).toEqual({ caseId, noticeId: 'n-1', sentAt: '2026-11-02T10:00:00.000Z' });
  });
});
