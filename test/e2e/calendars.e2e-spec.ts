import { type ApiHarness, removeDataDir, STAFF, startApi, actor } from '../support/api-harness';
import { accountIdOf } from '../support/api-harness';
import { redisReachable } from '../support/redis-probe';

const ADMIN = actor('administrator', 'admin-1');

describe('calendars over HTTP', () => {
  let api: ApiHarness;

  beforeAll(async () => {
    api = await startApi();
  });

  afterAll(async () => {
    await api.close();
    removeDataDir(api.dataDir);
  });

  it('lists the calendars', async () => {
    expect((await api.request('GET', '/calendars', { as: STAFF })).body).toEqual({ calendars: ['us-federal'] });
  });

  it('gives the observed federal holidays of a year, New Year 2022 observed on 31 December 2021 included', async () => {
    const { status, body } = await api.request('GET', '/calendars/us-federal/holidays?year=2021', { as: STAFF });
    expect(status).toBe(200);
    expect(body.dates.map((d: { date: string }) => d.date)).toEqual([
      '2021-01-01', '2021-01-18', '2021-02-15', '2021-05-31', '2021-06-18', '2021-07-05',
      '2021-09-06', '2021-10-11', '2021-11-11', '2021-11-25', '2021-12-24', '2021-12-31',
    ]);
  });

  it('BBB-4.4 computes 30 business days after a receipt, and BBB-4.6.2 plain calendar days', async () => {
    const business = await api.request('GET', '/calendars/us-federal/due-date?receivedOn=2026-11-24&businessDays=30', { as: STAFF });
    // Thanksgiving (26 Nov) and Christmas (25 Dec) and New Year's Day are skipped: 30 business days after 24 Nov 2026 end on 8 Jan 2027.
    expect(business.body).toEqual({ calendarId: 'us-federal', receivedOn: '2026-11-24', businessDays: 30, dueOn: '2027-01-08', dueAt: '2027-01-09T04:59:59.999Z' });
    const calendar = await api.request('GET', '/calendars/us-federal/due-date?receivedOn=2026-11-24&calendarDays=15', { as: STAFF });
    expect(calendar.body).toMatchObject({ calendarDays: 15, dueOn: '2026-12-09', dueAt: '2026-12-10T04:59:59.999Z' });
  });

  it.each([
    ['receivedOn', '/calendars/us-federal/due-date?receivedOn=24-11-2026&businessDays=3'],
    ['businessDays', '/calendars/us-federal/due-date?receivedOn=2026-11-24&businessDays=-1'],
    ['businessDays', '/calendars/us-federal/due-date?receivedOn=2026-11-24'],
    ['calendarDays', '/calendars/us-federal/due-date?receivedOn=2026-11-24&businessDays=3&calendarDays=3'],
    ['receivedOn', '/calendars/us-federal/due-date?receivedOn=2026-02-30&businessDays=3'],
    ['year', '/calendars/us-federal/holidays?year=twenty'],
    ['year', '/calendars/us-federal/holidays'],
  ])('answers 400 naming %s for a bad parameter', async (field, url) => {
    const response = await api.request('GET', url, { as: STAFF });
    expect(response.status).toBe(400);
    expect(JSON.stringify(response.body)).toContain(field);
  });

  it('answers 404 for an unknown calendar', async () => {
    const response = await api.request('GET', '/calendars/mars/holidays?year=2026', { as: STAFF });
    expect(response.status).toBe(404);
    expect(response.body.field).toBe('calendarId');
  });

  it('records an administrator\'s one-off closure as an event, and counts deadlines around it afterwards', async () => {
    const before = await api.request('GET', '/calendars/us-federal/due-date?receivedOn=2025-01-07&businessDays=2', { as: STAFF });
    expect(before.body.dueOn).toBe('2025-01-09');

    expect((await api.request('POST', '/calendars/us-federal/closures', { body: { date: '2025-01-09', reason: 'National day of mourning' }, as: STAFF })).status).toBe(403);
    const added = await api.request('POST', '/calendars/us-federal/closures', { body: { date: '2025-01-09', reason: 'National day of mourning' }, as: ADMIN });
    expect(added.status).toBe(201);
    const [event] = await api.eventStore.readStream('calendar-us-federal');
    expect(event).toMatchObject({ type: 'CalendarClosureAdded', data: { date: '2025-01-09' }, metadata: { actorId: accountIdOf(ADMIN), actorRole: 'administrator' } });

    const after = await api.request('GET', '/calendars/us-federal/due-date?receivedOn=2025-01-07&businessDays=2', { as: STAFF });
    expect(after.body.dueOn).toBe('2025-01-10');
    const holidays = await api.request('GET', '/calendars/us-federal/holidays?year=2025', { as: STAFF });
    expect(holidays.body.dates).toContainEqual(expect.objectContaining({ date: '2025-01-09', kind: 'closure' }));

    const again = await api.request('POST', '/calendars/us-federal/closures', { body: { date: '2025-01-09', reason: 'twice' }, as: ADMIN });
    expect(again.status).toBe(409);
    expect(again.body.field).toBe('date');
  });
});

const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const withRedis = redisReachable(REDIS_URL);
(withRedis ? describe : describe.skip)(`queue dashboard on Redis${withRedis ? '' : ' (skipped: no Redis; set REDIS_URL)'}`, () => {
  it('serves Bull Board at /admin/queues when the timers run on BullMQ, to administrators only', async () => {
    const api = await startApi({ REDIS_URL: `${REDIS_URL.replace(/\/\d*$/, '')}/12` });
    try {
      // Anyone could once pause the deadline queues from here.
      expect((await api.request('GET', '/admin/queues', { as: null })).status).toBe(401);
      expect((await api.request('GET', '/admin/queues/api/queues', { as: null })).status).toBe(401);
      expect((await api.request('GET', '/admin/queues', { as: STAFF })).status).toBe(403);
      const page = await api.request('GET', '/admin/queues', { as: ADMIN });
      expect(page.status).toBe(200);
      expect(String(page.body)).toMatch(/<html/i);
    } finally {
      await api.close();
      removeDataDir(api.dataDir);
    }
  });
});
