import { type ApiHarness, complaint, removeDataDir, STAFF, startApi, actor } from '../support/api-harness';

const ADMIN = actor('administrator', 'admin-1');

describe('deadlines through HTTP with the controllable clock', () => {
  let api: ApiHarness;

  beforeAll(async () => {
    // Monday 1 June 2026, 08:00 in New York.
    api = await startApi({ CLOCK: 'controllable', CLOCK_START: '2026-06-01T12:00:00Z' });
  });

  afterAll(async () => {
    await api.close();
    removeDataDir(api.dataDir);
  });

  const file = async (rulebook: Record<string, unknown> = {}) => (await api.request('POST', '/cases', { body: complaint({ receivedAt: '2026-06-01T09:00:00Z', ...rulebook }), as: STAFF })).body.caseId as string;
  const requestInformation = (caseId: string) => api.request('POST', `/cases/${caseId}/information-requests`, { body: { requested: 'the emails you received', channel: 'email' }, as: STAFF });
  const advance = (now: string) => api.request('POST', '/admin/clock', { body: { now }, as: ADMIN });
  const caseOf = async (caseId: string) => (await api.request('GET', `/cases/${caseId}`, { as: STAFF, headers: { 'x-min-position': String(await api.eventStore.headPosition()) } })).body;

  it('BBB-2.4b information never provided: the deadline fires on its own, the Complainant is told, and the complaint closes', async () => {
    const caseId = await file();
    const requested = await requestInformation(caseId);
    expect(requested).toMatchObject({ status: 201, body: { requestId: 'information-response-1' } });

    const listed = await api.request('GET', `/deadlines?caseId=${caseId}`, { as: STAFF, headers: { 'x-min-position': String(requested.body.position) } });
    // 15 business days after Monday 1 June, skipping Juneteenth: Tuesday 23 June, end of day in New York.
    expect(listed.body.items).toEqual([expect.objectContaining({ caseId, deadlineId: 'information-response-1', kind: 'information-response', rule: 'BBB-2.4b', dueOn: '2026-06-23', dueAt: '2026-06-24T03:59:59.999Z' })]);
    expect(await caseOf(caseId)).toMatchObject({ stage: 'awaiting-information', deadlines: { 'information-response-1': { dueOn: '2026-06-23' } } });

    const moved = await advance('2026-06-23T12:00:00Z');
    expect(moved.body).toEqual({ now: '2026-06-23T12:00:00.000Z', deadlinesFired: 0 });
    expect((await caseOf(caseId)).status).toBe('open');

    const lapsed = await advance('2026-07-01T12:00:00Z');
    expect(lapsed.status).toBe(200);
    expect(lapsed.body.deadlinesFired).toBeGreaterThanOrEqual(1);
    expect(await caseOf(caseId)).toMatchObject({ status: 'closed', stage: 'closed', closure: { reason: 'requested-information-not-received', rule: 'BBB-6' }, deadlines: {} });

    const events = await api.eventStore.readStream(`case-${caseId}`);
    const lapse = events.find((event) => event.type === 'DeadlineLapsed')!;
    // Recorded once the period ended (the millisecond after its last day), by the system, not at the time the clock was moved to.
    expect(lapse.recordedAt).toBe('2026-06-24T04:00:00.000Z');
    expect(lapse.data).toMatchObject({ dueAt: '2026-06-24T03:59:59.999Z', observedAt: '2026-06-24T04:00:00.000Z' });
    expect(events.at(-1)!.data).toMatchObject({ closedAt: '2026-06-24T04:00:00.000Z' });
    expect(lapse.metadata).toMatchObject({ actorRole: 'system', rulebook: { id: 'bbb-eu-safe-harbor' } });
    expect(events.slice(-3).map((event) => event.type)).toEqual(['DeadlineLapsed', 'NoticeSent', 'CaseClosed']);
  });

  it('VS-5.4 an answer in time meets the deadline; nothing fires later', async () => {
    const caseId = await file({ rulebookId: 'verasafe-2016', framework: 'us-eu-safe-harbor', receivedAt: '2026-07-01T09:00:00Z' });
    await requestInformation(caseId);
    const answered = await api.request('POST', `/cases/${caseId}/information-responses`, { body: { receivedAt: '2026-07-01T12:00:00Z', summary: 'emails attached' }, as: STAFF });
    expect(answered.status).toBe(200);
    const moved = await advance('2026-09-01T12:00:00Z');
    expect(moved.body.deadlinesFired).toBe(0);
    expect(await caseOf(caseId)).toMatchObject({ status: 'open', stage: 'eligibility-review', deadlines: {} });
  });

  it('BBB-4.5.4, BBB-2.4b: the information-request period is not one the CBBB extends: none is offered, one asked for is refused (422) and the period lapses when due', async () => {
    const caseId = await file({ receivedAt: '2026-09-01T09:00:00Z' });
    await requestInformation(caseId);
    expect((await caseOf(caseId)).nextActions.map((action: { command: string }) => action.command)).not.toContain('ExtendDeadline');
    const refused = await api.request('POST', `/cases/${caseId}/deadlines/information-response-1/extensions`, { body: { businessDays: 10, reason: 'Complainant abroad' }, as: STAFF });
    expect(refused).toMatchObject({ status: 422, body: { rule: 'BBB-4.5.4', field: 'deadlineId' } });
    expect(refused.body.message).toContain('BBB-2.4b');
    // Requested Tuesday 1 Sept (the clock's time after the last move): 15 business days skipping Labor Day end on Wednesday 23 Sept.
    await advance('2026-09-23T12:00:00Z');
    expect((await caseOf(caseId)).status).toBe('open');
    await advance('2026-10-08T12:00:00Z');
    expect(await caseOf(caseId)).toMatchObject({ status: 'closed', closure: { reason: 'requested-information-not-received' } });
    const events = await api.eventStore.readStream(`case-${caseId}`);
    expect(events.map((event) => event.type)).not.toContain('DeadlineExtended');
    expect(events.find((event) => event.type === 'DeadlineLapsed')!.data).toMatchObject({ dueAt: '2026-09-24T03:59:59.999Z' });
  });

  it('BBB-2.4b moving the clock to exactly dueAt leaves the deadline pending; one millisecond later it lapses, dated on the next day', async () => {
    const caseId = await file({ receivedAt: '2026-10-08T09:00:00Z' });
    const requested = await requestInformation(caseId);
    const [deadline] = (await api.request('GET', `/deadlines?caseId=${caseId}`, { as: STAFF, headers: { 'x-min-position': String(requested.body.position) } })).body.items;
    // Requested Thursday 8 October: 15 business days skipping Columbus Day (12 October) end on Friday 30 October, in New York.
    expect(deadline).toMatchObject({ dueOn: '2026-10-30', dueAt: '2026-10-31T03:59:59.999Z' });

    const atDue = await advance('2026-10-31T03:59:59.999Z');
    expect(atDue.body).toEqual({ now: '2026-10-31T03:59:59.999Z', deadlinesFired: 0 });
    expect(await caseOf(caseId)).toMatchObject({ status: 'open', stage: 'awaiting-information', deadlines: { 'information-response-1': { dueAt: '2026-10-31T03:59:59.999Z' } } });
    const stillPending = await api.request('GET', `/deadlines?caseId=${caseId}`, { as: STAFF, headers: { 'x-min-position': String(await api.eventStore.headPosition()) } });
    expect(stillPending.body.items).toEqual([expect.objectContaining({ deadlineId: 'information-response-1', dueAt: '2026-10-31T03:59:59.999Z' })]);
    expect((await api.eventStore.readStream(`case-${caseId}`)).map((event) => event.type)).not.toContain('DeadlineLapsed');

    const ended = await advance('2026-10-31T04:00:00.000Z');
    expect(ended.body).toEqual({ now: '2026-10-31T04:00:00.000Z', deadlinesFired: 1 });
    expect(await caseOf(caseId)).toMatchObject({ status: 'closed', closure: { reason: 'requested-information-not-received' }, deadlines: {} });
    const events = await api.eventStore.readStream(`case-${caseId}`);
    const lapse = events.find((event) => event.type === 'DeadlineLapsed')!;
    expect(lapse).toMatchObject({ recordedAt: '2026-10-31T04:00:00.000Z', data: { dueAt: '2026-10-31T03:59:59.999Z', observedAt: '2026-10-31T04:00:00.000Z' } });
    // Dated Saturday 31 October in New York, the day after the last day.
    expect(events.at(-1)).toMatchObject({ type: 'CaseClosed', data: { closedAt: '2026-10-31T04:00:00.000Z' } });
  });

  it('BBB-2.4b an answer received at exactly dueAt, the clock standing there, is on time: nothing lapses after it', async () => {
    const caseId = await file({ receivedAt: '2026-10-30T15:00:00Z' });
    const requested = await requestInformation(caseId);
    const [deadline] = (await api.request('GET', `/deadlines?caseId=${caseId}`, { as: STAFF, headers: { 'x-min-position': String(requested.body.position) } })).body.items;
    const dueAt = deadline.dueAt as string;
    expect((await advance(dueAt)).body).toEqual({ now: dueAt, deadlinesFired: 0 });
    const answered = await api.request('POST', `/cases/${caseId}/information-responses`, { body: { receivedAt: dueAt, summary: 'emails attached' }, as: STAFF });
    expect(answered.status).toBe(200);
    expect((await advance(new Date(Date.parse(dueAt) + 1).toISOString())).body.deadlinesFired).toBe(0);
    expect(await caseOf(caseId)).toMatchObject({ status: 'open', stage: 'eligibility-review', deadlines: {} });
  });

  it('refuses to move the clock backward, or for anyone but an administrator', async () => {
    expect((await api.request('POST', '/admin/clock', { body: { now: '2020-01-01T00:00:00Z' }, as: ADMIN })).body).toMatchObject({ statusCode: 422, rule: 'CLOCK-FORWARD-ONLY' });
    expect((await api.request('POST', '/admin/clock', { body: { now: '2030-01-01T00:00:00Z' }, as: STAFF })).status).toBe(403);
    expect((await api.request('GET', '/admin/clock', { as: STAFF })).body).toMatchObject({ controllable: true });
  });

  it('reports pending deadlines and timer metrics in /health', async () => {
    const caseId = await file({ receivedAt: '2026-10-08T12:00:00Z' });
    await requestInformation(caseId);
    const health = await api.request('GET', '/health', { as: ADMIN, headers: { 'x-min-position': String(await api.eventStore.headPosition()) } });
    expect(health.body.deadlines).toMatchObject({ pending: expect.any(Number), timers: { scheduler: 'in-process', armed: expect.any(Number), fired: expect.any(Number), ok: true } });
    expect(health.body.deadlines.pending).toBeGreaterThanOrEqual(1);
  });
});
