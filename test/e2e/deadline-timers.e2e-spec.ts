import Redis from 'ioredis';
import { CommandProcessor, ControllableClock, deadlineTimerId, type Scheduler } from '@pdr/application';
import { caseDecider, caseStream, findCalendar, procedureUpcasters } from '../support/procedures';
import { DeadlinesService, SCHEDULER } from '@pdr/platform';
import { type ApiHarness, complaint, removeDataDir, STAFF, startApi, actor } from '../support/api-harness';
import { redisReachable } from '../support/redis-probe';

const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';

async function until<T>(probe: () => Promise<T | undefined>, what: string, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const found = await probe();
    if (found !== undefined) return found;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

const closedCase = (api: ApiHarness, caseId: string) =>
  until(async () => {
    const { body } = await api.request('GET', `/cases/${caseId}`);
    return body.status === 'closed' ? body : undefined;
  }, `case ${caseId} to close`);

describe('deadline timers are derived from the log (embedded scheduler)', () => {
  it('BBB-2.4b a deadline that passed while the service was stopped fires at the next start', async () => {
    let api = await startApi({ CLOCK: 'controllable', CLOCK_START: '2026-06-01T12:00:00Z' });
    const caseId = (await api.request('POST', '/cases', { body: complaint({ receivedAt: '2026-06-01T09:00:00Z' }), as: STAFF })).body.caseId;
    await api.request('POST', `/cases/${caseId}/information-requests`, { body: { requested: 'x', channel: 'email' }, as: STAFF });
    await api.close();

    // Down across the due time (end of 23 June in New York): back up on 1 July.
    api = await startApi({ CLOCK: 'controllable', CLOCK_START: '2026-07-01T12:00:00Z' }, api.dataDir);
    try {
      const closed = await closedCase(api, caseId);
      expect(closed.closure).toMatchObject({ reason: 'requested-information-not-received' });
      const lapse = (await api.eventStore.readStream(caseStream(caseId))).find((event) => event.type === 'DeadlineLapsed')!;
      expect(lapse.metadata.actorId).toBe('deadline-reconciliation');
    } finally {
      await api.close();
      removeDataDir(api.dataDir);
    }
  });

  it('BBB-2.4b firing the same deadline twice (timer, reconciliation, clock) records one lapse', async () => {
    const api = await startApi({ CLOCK: 'controllable', CLOCK_START: '2026-06-01T12:00:00Z' });
    try {
      const caseId = (await api.request('POST', '/cases', { body: complaint({ receivedAt: '2026-06-01T09:00:00Z' }), as: STAFF })).body.caseId;
      await api.request('POST', `/cases/${caseId}/information-requests`, { body: { requested: 'x', channel: 'email' }, as: STAFF });
      await api.request('POST', '/admin/clock', { body: { now: '2026-06-30T12:00:00Z' }, as: actor('administrator', 'a') });
      const deadlines = api.app.get(DeadlinesService);
      await Promise.all([
        deadlines.lapses.record(caseId, 'information-response-1', 'timer'),
        deadlines.lapses.record(caseId, 'information-response-1', 'timer'),
        deadlines.lapses.record(caseId, 'information-response-1', 'reconciliation'),
      ]);
      const types = (await api.eventStore.readStream(caseStream(caseId))).map((event) => event.type);
      expect(types.filter((type) => type === 'DeadlineLapsed')).toHaveLength(1);
      expect(types.filter((type) => type === 'CaseClosed')).toHaveLength(1);
    } finally {
      await api.close();
      removeDataDir(api.dataDir);
    }
  });
});

describe('a timer that comes early', () => {
  it('BBB-2.4b is refused so the scheduler delivers it again, and records the lapse once it is due', async () => {
    const api = await startApi({ CLOCK: 'controllable', CLOCK_START: '2026-06-01T12:00:00Z' });
    try {
      const caseId = (await api.request('POST', '/cases', { body: complaint({ receivedAt: '2026-06-01T09:00:00Z' }), as: STAFF })).body.caseId;
      await api.request('POST', `/cases/${caseId}/information-requests`, { body: { requested: 'x', channel: 'email' }, as: STAFF });
      const deadlines = api.app.get(DeadlinesService);
      await expect(deadlines.lapses.fire(caseId, 'information-response-1')).rejects.toThrow(/delivered again/);
      // At dueAt, its last millisecond, the period has not ended: a timer delivered then comes early too.
      await api.request('POST', '/admin/clock', { body: { now: '2026-06-24T03:59:59.999Z' }, as: actor('administrator', 'a') });
      await expect(deadlines.lapses.fire(caseId, 'information-response-1')).rejects.toThrow(/delivered again/);
      expect((await api.eventStore.readStream(caseStream(caseId))).map((event) => event.type)).not.toContain('DeadlineLapsed');
      await api.request('POST', '/admin/clock', { body: { now: '2026-06-24T04:00:00.000Z' }, as: actor('administrator', 'a') });
      const stream = await api.eventStore.readStream(caseStream(caseId));
      expect(stream.map((event) => event.type)).toContain('DeadlineLapsed');
      expect(stream.find((event) => event.type === 'DeadlineLapsed')!.data).toMatchObject({ dueAt: '2026-06-24T03:59:59.999Z', observedAt: '2026-06-24T04:00:00.000Z' });
      // Once lapsed, a further delivery is simply nothing to do.
      await expect(deadlines.lapses.fire(caseId, 'information-response-1')).resolves.toMatchObject({ events: [] });
    } finally {
      await api.close();
      removeDataDir(api.dataDir);
    }
  });
});

const withRedis = redisReachable(REDIS_URL);
(withRedis ? describe : describe.skip)(`deadline timers on BullMQ (Redis)${withRedis ? '' : ` (skipped: no Redis at ${REDIS_URL}; set REDIS_URL)`}`, () => {
  let api: ApiHarness | undefined;
  // A database of its own, flushed at will: the tests never touch the others.
  const url = `${REDIS_URL.replace(/\/\d*$/, '')}/13`;

  beforeAll(async () => {
    api = await startApi({ REDIS_URL: url });
  });

  afterAll(async () => {
    if (api) {
      await api.app.get<Scheduler>(SCHEDULER).clear();
      await api.close();
      removeDataDir(api.dataDir);
    }
  });

  it('BBB-2.4b a flushed Redis loses the timers; reconciliation re-arms them from the log, and drops stale ones', async () => {
    const harness = api!;
    const scheduler = harness.app.get<Scheduler>(SCHEDULER);
    const deadlines = harness.app.get(DeadlinesService);
    const caseId = (await harness.request('POST', '/cases', { body: complaint(), as: STAFF })).body.caseId;
    await harness.request('POST', `/cases/${caseId}/information-requests`, { body: { requested: 'x', channel: 'email' }, as: STAFF });
    const timerId = deadlineTimerId(caseId, 'information-response-1');
    const armed = await until(async () => (await scheduler.armed()).find((timer) => timer.timerId === timerId), 'the timer to be armed');

    const redis = new Redis(url);
    await redis.flushdb();
    await redis.quit();
    expect(await scheduler.armed()).toEqual([]);
    await scheduler.arm({ timerId: 'deadline.stale.none-1', dueAt: '2030-01-01T00:00:00.000Z', payload: { caseId: 'stale', deadlineId: 'none-1' } });

    const report = (await deadlines.reconcile()) as { rearmed: number; disarmed: number };
    expect(report).toMatchObject({ disarmed: 1 });
    expect(report.rearmed).toBeGreaterThanOrEqual(1);
    const after = await scheduler.armed();
    expect(after.find((timer) => timer.timerId === timerId)).toMatchObject({ dueAt: armed.dueAt, payload: { caseId, deadlineId: 'information-response-1' } });
    expect(after.find((timer) => timer.timerId === 'deadline.stale.none-1')).toBeUndefined();
  });

  it('BBB-2.4b a BullMQ timer fires the lapse: a deadline set in the past is delivered at once and closes the complaint', async () => {
    const harness = api!;
    // Write the case as it happened in June: its deadline (23 June) is long past on the real clock.
    const past = new ControllableClock(new Date('2026-06-01T12:00:00Z'));
    const processor = new CommandProcessor(harness.eventStore, procedureUpcasters(), past);
    const caseId = '7c1d9a52-0000-4000-8000-000000000001';
    const context = { actorId: 'staff-1', actorRole: 'case-manager' as const, correlationId: 'c', commandId: 'k' };
    const { receivedAt: _ignored, ...body } = complaint();
    await processor.process({ streamId: caseStream(caseId), decider: caseDecider, context, command: (issuedAt) => ({ kind: 'FileComplaint' as const, caseId, ...body, receivedAt: '2026-06-01T09:00:00Z', issuedAt }) as never });
    await processor.process({ streamId: caseStream(caseId), decider: caseDecider, context, command: (issuedAt) => ({ kind: 'RequestInformation' as const, caseId, requested: 'x', channel: 'email' as const, calendar: findCalendar('us-federal')!, issuedAt }) });

    const closed = await closedCase(harness, caseId);
    expect(closed.closure.reason).toBe('requested-information-not-received');
    const lapse = (await harness.eventStore.readStream(caseStream(caseId))).find((event) => event.type === 'DeadlineLapsed')!;
    expect(lapse.metadata.actorId).toBe('deadline-timer');
  });
});
