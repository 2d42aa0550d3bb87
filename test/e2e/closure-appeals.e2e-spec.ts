import { type ApiHarness, actor, type Actor, complaint, removeDataDir, STAFF, startApi } from '../support/api-harness';

/**
 * VS-5.5 (a) through HTTP with real tokens: a VeraSafe complaint found ineligible keeps an appeal window open; the
 * Complainant appeals on its own case, staff decide; the window lapsing makes the closure final.
 */
describe('appeals of a closure (VS-5.5)', () => {
  let api: ApiHarness;
  const ADMIN_CLOCK = actor('administrator', 'clock-keeper');

  beforeAll(async () => {
    api = await startApi({ CLOCK: 'controllable', CLOCK_START: '2026-06-01T12:00:00Z' });
  });

  afterAll(async () => {
    await api.close();
    removeDataDir(api.dataDir);
  });

  const post = (url: string, body: unknown, as: Actor = STAFF) => api.request('POST', url, { body, as });
  const read = async (caseId: string) => (await api.request('GET', `/cases/${caseId}`, { as: STAFF, headers: { 'x-min-position': String(await api.eventStore.headPosition()) } })).body;
  const ok = async (url: string, body: unknown, as: Actor = STAFF) => {
    const response = await post(url, body, as);
    expect({ url, status: response.status, body: response.body }).toEqual({ url, status: 200, body: expect.anything() });
  };

  /** Filed under VeraSafe, the Complainant found not eligible (VS-5.1) and the complaint closed "Ineligible" (VS-5.5). */
  async function ineligibleCase(): Promise<string> {
    const filed = await post('/cases', complaint({ rulebookId: 'verasafe-2016', framework: 'eu-us-privacy-shield', receivedAt: '2026-06-01T09:00:00Z' }));
    expect(filed.status).toBe(201);
    const caseId = filed.body.caseId as string;
    await ok(`/cases/${caseId}/eligibility-findings`, { condition: 'eligible-complainant', met: false, note: 'twelve at filing' });
    await ok(`/cases/${caseId}/ineligibility`, { condition: 'eligible-complainant', reason: 'under thirteen' });
    return caseId;
  }
  const complainantOf = (caseId: string) => actor('complainant', 'ada', { caseId });
  const APPEAL = { party: 'complainant', grounds: 'I was fourteen at filing', evidence: 'a copy of my passport' };

  it('VS-5.5 the Complainant appeals in time on its own case; staff grant it and the case reopens for re-examination', async () => {
    const caseId = await ineligibleCase();
    const closed = await read(caseId);
    expect(closed).toMatchObject({ status: 'closed', closure: { reason: 'ineligible', rule: 'VS-5.5' } });
    expect(closed.nextActions).toEqual([expect.objectContaining({ command: 'AppealClosure', by: 'complainant', rule: 'VS-5.5', href: `/cases/${caseId}/closure-appeals` })]);

    // The Respondent may not appeal for the Complainant; nor may the Complainant leave out the evidence.
    expect(await post(`/cases/${caseId}/closure-appeals`, APPEAL, actor('respondent', 'acme', { caseId }))).toMatchObject({ status: 403 });
    expect(await post(`/cases/${caseId}/closure-appeals`, { ...APPEAL, party: 'respondent' }, actor('respondent', 'acme', { caseId }))).toMatchObject({ status: 422, body: { rule: 'VS-5.5', field: 'party' } });
    expect(await post(`/cases/${caseId}/closure-appeals`, { party: 'complainant', grounds: 'wrong' }, complainantOf(caseId))).toMatchObject({ status: 422, body: { rule: 'VS-5.5', field: 'evidence' } });
    // A Party does not decide its own appeal.
    expect(await post(`/cases/${caseId}/closure-appeals/decision`, { decision: 'granted', reasons: 'mine' }, complainantOf(caseId))).toMatchObject({ status: 403 });

    await ok(`/cases/${caseId}/closure-appeals`, APPEAL, complainantOf(caseId));
    expect((await read(caseId)).nextActions).toEqual([expect.objectContaining({ command: 'DecideClosureAppeal', by: 'administrator', rule: 'VS-5.5' })]);
    // Still closed: every other command is refused.
    expect(await post(`/cases/${caseId}/docketing`, {})).toMatchObject({ status: 409, body: { rule: 'VS-5.5' } });

    await ok(`/cases/${caseId}/closure-appeals/decision`, { decision: 'granted', reasons: 'the passport shows fourteen' });
    const reopened = await read(caseId);
    expect(reopened).toMatchObject({ status: 'open', stage: 'eligibility-review' });
    expect(reopened.nextActions.map((action: { command: string }) => action.command)).toEqual(expect.arrayContaining(['AssessEligibilityCondition', 'WithdrawComplaint']));
    await ok(`/cases/${caseId}/eligibility-findings`, { condition: 'eligible-complainant', met: true, note: 'fourteen at filing' });
  });

  it('VS-5.5 an appeal upheld makes the closure final; staff alone decide it', async () => {
    const caseId = await ineligibleCase();
    await ok(`/cases/${caseId}/closure-appeals`, APPEAL, complainantOf(caseId));
    expect(await post(`/cases/${caseId}/closure-appeals/decision`, { decision: 'maybe', reasons: 'x' })).toMatchObject({ status: 400 });
    await ok(`/cases/${caseId}/closure-appeals/decision`, { decision: 'upheld', reasons: 'the passport is not credible' });
    const final = await read(caseId);
    expect(final).toMatchObject({ status: 'closed', closure: { reason: 'ineligible' } });
    expect(final.nextActions).toEqual([]);
    expect(await post(`/cases/${caseId}/closure-appeals`, APPEAL, complainantOf(caseId))).toMatchObject({ status: 409, body: { rule: 'VS-5.5' } });
  });

  it('VS-5.5 once the ten business days have passed the closure is final and a late appeal is refused, naming the rule', async () => {
    const caseId = await ineligibleCase();
    expect((await post('/admin/clock', { now: '2026-06-30T12:00:00Z' }, ADMIN_CLOCK)).status).toBeLessThan(300);
    expect((await read(caseId)).nextActions).toEqual([]);
    expect(await post(`/cases/${caseId}/closure-appeals`, APPEAL, complainantOf(caseId))).toMatchObject({ status: 409, body: { rule: 'VS-5.5', field: 'receivedAt' } });
  });
});
