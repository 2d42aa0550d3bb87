import { type ApiHarness, complaint, removeDataDir, STAFF, startApi, actor, type Actor } from '../support/api-harness';
import { bbbCaseAwaitingPanelist, enrolPanelist } from '../support/journeys';

const ADMIN = actor('administrator', 'admin-1');

describe('the Decision and what follows it through HTTP (BBB-4.5, BBB-4.6, BBB-5)', () => {
  let api: ApiHarness;
  let businessId: string;
  /** The one Panelist on the Board, so every appointment draws them (BBB-4.2, BBB-4.5). */
  let PANELIST: Actor;

  beforeAll(async () => {
    // Monday 1 June 2026, 08:00 in New York.
    api = await startApi({ CLOCK: 'controllable', CLOCK_START: '2026-06-01T12:00:00Z' });
    const { body } = await post('/businesses', { legalName: 'Acme Analytics Inc.', programs: ['bbb-eu-safe-harbor'] });
    businessId = body.businessId;
    await post(`/businesses/${businessId}/participation`, { program: 'bbb-eu-safe-harbor', effectiveFrom: '2020-01-01T00:00:00Z', frameworks: ['us-eu-safe-harbor'] });
    PANELIST = await enrolPanelist(api);
  });

  afterAll(async () => {
    await api.close();
    removeDataDir(api.dataDir);
  });

  const post = (url: string, body: unknown, as: Actor = STAFF) => api.request('POST', url, { body, as });
  const advance = async (now: string) => expect((await api.request('POST', '/admin/clock', { body: { now }, as: ADMIN })).status).toBe(200);
  const read = async (caseId: string) => (await api.request('GET', `/cases/${caseId}`, { as: STAFF, headers: { 'x-min-position': String(await api.eventStore.headPosition()) } })).body;
  const ok = async (url: string, body: unknown, as: Actor = STAFF) => {
    const response = await post(url, body, as);
    expect({ url, status: response.status, body: response.body }).toMatchObject({ status: 200 });
    return response;
  };
  const events = async (caseId: string) => api.eventStore.readStream(`case-${caseId}`);

  /** The written hearing done: the record is with the CBBB, awaiting the Panelist. */
  async function awaitingPanelist(now: string): Promise<string> {
    const caseId = await bbbCaseAwaitingPanelist(api, businessId, now);
    expect(await read(caseId)).toMatchObject({ status: 'open', stage: 'awaiting-panelist' });
    return caseId;
  }

  /** BBB-4.5: the CBBB appoints the Panelist (the only one on the Board), who alone issues the Decision. */
  async function appoint(caseId: string): Promise<void> {
    await ok(`/cases/${caseId}/panel/appointment`, {});
    expect(await read(caseId)).toMatchObject({ stage: 'panelist-appointed', panelist: { panelistId: PANELIST.id } });
  }

  const decision = (performBy: string, remedies: { kind: string }[] = [{ kind: 'suppress-personal-data' }, { kind: 'corrective-policy-changes' }]) => ({
    findings: 'the Respondent kept the profile it had promised to delete',
    correctiveActionNecessary: true,
    correctiveAction: { description: 'delete the profile and fix the retention policy', remedies, performBy },
  });

  it('decision with corrective action and a Notice of Intent: BBB-4.5 only the appointed Panelist decides, BBB-4.6.1 Decision, BBB-4.6.2 no statement, BBB-4.6.4 Notice of Intent, then intent stated (BBB-5) or a referral decision', async () => {
    await advance('2026-06-01T14:00:00Z');
    const complying = await awaitingPanelist('2026-06-01T14:00:00Z');
    const silent = await awaitingPanelist('2026-06-01T14:00:00Z');

    // BBB-4.6.1: a target of 30 business days after the hearing procedure completed, monitored (Wednesday 15 July).
    await ok(`/cases/${complying}/decision/target`, {});
    expect((await read(complying)).deadlines).toEqual({ 'decision-target-1': expect.objectContaining({ kind: 'decision-target', rule: 'BBB-4.6.1', dueOn: '2026-07-15' }) });

    await advance('2026-06-15T14:00:00Z');
    // BBB-4.5: only the appointed Panelist issues the Decision: none is appointed yet.
    expect((await post(`/cases/${complying}/decision`, decision('2026-08-31T16:00:00Z'), PANELIST)).body).toMatchObject({ statusCode: 403, field: 'Authorization' });
    for (const caseId of [complying, silent]) await appoint(caseId);
    expect((await post(`/cases/${complying}/decision`, decision('2026-08-31T16:00:00Z'))).status).toBe(403);
    expect((await post(`/cases/${complying}/decision`, decision('2026-08-31T16:00:00Z'), actor('panelist', 'panelist-elsewhere'))).body).toMatchObject({ statusCode: 403, field: 'Authorization' });
    const refused = await post(`/cases/${complying}/decision`, decision('2026-08-31T16:00:00Z', [{ kind: 'monetary-damages' }]), PANELIST);
    expect(refused.body).toMatchObject({ statusCode: 422, rule: 'BBB-4.1', field: 'correctiveAction.remedies' });
    for (const caseId of [complying, silent]) await ok(`/cases/${caseId}/decision`, decision('2026-08-31T16:00:00Z'), PANELIST);
    expect(await read(complying)).toMatchObject({ stage: 'decision-compliance', deadlines: {}, decision: { status: 'awaiting-statement', panelistId: PANELIST.id, correctiveActionNecessary: true, correctiveAction: { performBy: '2026-08-31T16:00:00.000Z' } } });
    const sent = (await events(complying)).filter((event) => event.type === 'NoticeSent').slice(-2).map((event) => event.data);
    expect(sent).toEqual([expect.objectContaining({ kind: 'decision-sent', recipient: 'complainant' }), expect.objectContaining({ kind: 'decision-sent', recipient: 'respondent' })]);

    // BBB-4.6.2: the Decision reaches the Respondent on Tuesday 16 June: 15 calendar days, to Wednesday 1 July.
    await advance('2026-06-16T15:00:00Z');
    for (const caseId of [complying, silent]) await ok(`/cases/${caseId}/decision/deliveries`, { document: 'decision', deliveredAt: '2026-06-16T14:00:00Z' });
    expect((await read(silent)).deadlines).toEqual({ 'compliance-statement-1': expect.objectContaining({ kind: 'compliance-statement', rule: 'BBB-4.6.2', dueOn: '2026-07-01' }) });

    // BBB-4.6.4: no statement: a Notice of Intent goes to the Respondent.
    await advance('2026-07-02T12:00:00Z');
    for (const caseId of [complying, silent]) {
      expect(await read(caseId)).toMatchObject({ stage: 'decision-notice-of-intent', decision: { status: 'notice-of-intent' } });
      expect((await events(caseId)).filter((event) => event.type === 'NoticeSent').at(-1)!.data).toMatchObject({ kind: 'notice-of-intent', rule: 'BBB-4.6.4', recipient: 'respondent' });
      await ok(`/cases/${caseId}/decision/deliveries`, { document: 'notice-of-intent', deliveredAt: '2026-07-02T12:00:00Z' });
      expect((await read(caseId)).deadlines).toEqual({ 'notice-of-intent-1': expect.objectContaining({ kind: 'notice-of-intent', rule: 'BBB-4.6.4' }) });
    }

    // Intent stated within the Notice of Intent's period: BBB-5 certification runs 30 business days after the time frame.
    await advance('2026-07-06T14:00:00Z');
    await ok(`/cases/${complying}/decision/compliance-intent`, { how: 'the profile will be deleted by the end of August', receivedAt: '2026-07-06T13:00:00Z' });
    expect(await read(complying)).toMatchObject({ stage: 'decision-performance', decision: { status: 'intent-stated' } });
    expect((await read(complying)).deadlines).toEqual({ 'decision-certification-1': expect.objectContaining({ kind: 'decision-certification', rule: 'BBB-5' }) });

    // Still no intent: the Decision is flagged to be made public, noted for the next report, and a referral decision is required.
    await advance('2026-07-14T12:00:00Z');
    expect(await read(silent)).toMatchObject({ status: 'open', stage: 'referral-decision', deadlines: {}, decision: { status: 'no-intent', flaggedForPublication: true } });
    const tail = (await events(silent)).slice(-4);
    expect(tail.map((event) => event.type)).toEqual(['DeadlineLapsed', 'DecisionFlaggedForPublication', 'NotedForReport', 'ReferralDecisionRequired']);
    expect(tail[2].data).toMatchObject({ matter: 'refused-corrective-action', rule: 'BBB-4.6.4', reportRule: 'BBB-7.1' });
    expect(tail[3].data).toMatchObject({ rule: 'BBB-8.8', deadlineRule: 'BBB-4.6.4', stage: 'referral-decision' });
  });

  it('impossibility claim with amended decision: BBB-4.6.3 claim, evidence sought, Decision amended, the periods move; BBB-5 certified and verified, BBB-6 (7)', async () => {
    await advance('2026-07-15T14:00:00Z');
    const caseId = await awaitingPanelist('2026-07-15T14:00:00Z');
    await appoint(caseId);
    await ok(`/cases/${caseId}/decision`, decision('2026-09-30T16:00:00Z'), PANELIST);
    await ok(`/cases/${caseId}/decision/deliveries`, { document: 'decision', deliveredAt: '2026-07-15T14:00:00Z' });
    expect((await read(caseId)).deadlines).toEqual({ 'compliance-statement-1': expect.objectContaining({ dueOn: '2026-07-30' }) });

    await advance('2026-07-20T14:00:00Z');
    await ok(`/cases/${caseId}/decision/impossibility-claims`, { party: 'respondent', grounds: 'backups cannot be purged before November', receivedAt: '2026-07-20T13:00:00Z' });
    expect(await read(caseId)).toMatchObject({ deadlines: {}, decision: { impossibility: { party: 'respondent', status: 'claimed' } } });
    await ok(`/cases/${caseId}/decision/impossibility-evidence-requests`, { requested: 'the backup rotation schedule' }, PANELIST);
    const outside = await post(`/cases/${caseId}/decision/impossibility-ruling`, { confirmed: true, reason: 'backup cycle', amendment: { description: 'pay instead', remedies: [{ kind: 'monetary-damages' }], performBy: '2026-11-30T17:00:00Z' } }, PANELIST);
    expect(outside.body).toMatchObject({ statusCode: 422, rule: 'BBB-4.1' });
    await ok(`/cases/${caseId}/decision/impossibility-ruling`, { confirmed: true, reason: 'backup cycle', amendment: { ...decision('2026-11-30T17:00:00Z').correctiveAction } }, PANELIST);
    expect(await read(caseId)).toMatchObject({ decision: { impossibility: { status: 'confirmed' }, correctiveAction: { performBy: '2026-11-30T17:00:00.000Z' } } });
    const amendedNotices = (await events(caseId)).filter((event) => event.type === 'NoticeSent').slice(-2).map((event) => event.data);
    expect(amendedNotices).toEqual([expect.objectContaining({ kind: 'amended-decision-sent', rule: 'BBB-4.6.3', recipient: 'complainant' }), expect.objectContaining({ kind: 'amended-decision-sent', recipient: 'respondent' })]);

    // A statement on the amended Decision is due 15 calendar days after its receipt.
    await advance('2026-07-21T15:00:00Z');
    await ok(`/cases/${caseId}/decision/deliveries`, { document: 'amended-decision', deliveredAt: '2026-07-21T14:00:00Z' });
    expect((await read(caseId)).deadlines).toEqual({ 'compliance-statement-2': expect.objectContaining({ kind: 'compliance-statement', dueOn: '2026-08-05' }) });
    await ok(`/cases/${caseId}/decision/compliance-intent`, { how: 'purge with the November rotation', receivedAt: '2026-07-21T15:00:00Z' });
    const certification = (await read(caseId)).deadlines['decision-certification-1'];
    expect(certification).toMatchObject({ kind: 'decision-certification', rule: 'BBB-5' });
    expect(certification.dueAt > '2027-01-01').toBe(true);

    await advance('2026-11-25T15:00:00Z');
    await ok(`/cases/${caseId}/decision/certification`, { statement: 'purged and policy updated' });
    await ok(`/cases/${caseId}/decision/verification`, { note: 'checked the retention policy and a sample of records' });
    expect(await read(caseId)).toMatchObject({ status: 'closed', stage: 'closed', deadlines: {}, decision: { status: 'verified' }, closure: { reason: 'decision-corrective-action-verified', rule: 'BBB-6' } });
  });

  it("the Decision ends the Panelist's proceedings: BBB-4.5.1 the answer period still running is cancelled with the Decision (BBB-4.6.1), and no default notice follows", async () => {
    await advance('2026-11-30T14:00:00Z');
    const caseId = await awaitingPanelist('2026-11-30T14:00:00Z');
    await appoint(caseId);
    await ok(`/cases/${caseId}/panelist/information-requests`, { parties: ['respondent'], question: 'Which vendors received the data?' }, PANELIST);
    await ok(`/cases/${caseId}/panelist/deliveries`, { requestId: 'panelist-request-1', document: 'request', deliveredAt: '2026-11-30T14:00:00Z' });
    // Ten business days from Monday 30 November: Monday 14 December.
    expect((await read(caseId)).deadlines).toEqual({ 'panelist-information-answer-1': expect.objectContaining({ kind: 'panelist-information-answer', rule: 'BBB-4.5.1', dueOn: '2026-12-14' }) });

    await ok(`/cases/${caseId}/decision`, decision('2027-02-26T17:00:00Z'), PANELIST);
    expect(await read(caseId)).toMatchObject({ stage: 'decision-compliance', deadlines: {} });
    const cancelled = (await events(caseId)).filter((event) => event.type === 'DeadlineCancelled').map((event) => event.data);
    expect(cancelled).toEqual([{ caseId, deadlineId: 'panelist-information-answer-1', reason: expect.stringContaining('BBB-4.5.1') }]);

    // Past the answer's due date: the cancelled period neither lapses nor brings a default notice.
    await advance('2026-12-16T14:00:00Z');
    const after = await events(caseId);
    expect(after.filter((event) => event.type === 'DeadlineLapsed' || event.type === 'PanelistDefaultNoticeIssued')).toEqual([]);
    expect(await read(caseId)).toMatchObject({ status: 'open', stage: 'decision-compliance' });
  });
});
