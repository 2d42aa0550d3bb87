import { type ApiHarness, complaint, removeDataDir, STAFF, startApi, actor } from '../support/api-harness';
import { docketBbbCase } from '../support/journeys';

const ADMIN = actor('administrator', 'admin-1');

describe('the written phase of the Data Privacy Hearing through HTTP (BBB Part 4)', () => {
  let api: ApiHarness;
  let businessId: string;

  beforeAll(async () => {
    // Monday 1 June 2026, 08:00 in New York.
    api = await startApi({ CLOCK: 'controllable', CLOCK_START: '2026-06-01T12:00:00Z' });
    const { body } = await post('/businesses', { legalName: 'Acme Analytics Inc.', programs: ['bbb-eu-safe-harbor'] });
    businessId = body.businessId;
    await post(`/businesses/${businessId}/participation`, { program: 'bbb-eu-safe-harbor', effectiveFrom: '2020-01-01T00:00:00Z', frameworks: ['us-eu-safe-harbor'] });
  });

  afterAll(async () => {
    await api.close();
    removeDataDir(api.dataDir);
  });

  const post = (url: string, body: unknown) => api.request('POST', url, { body, as: STAFF });
  const advance = async (now: string) => expect((await api.request('POST', '/admin/clock', { body: { now }, as: ADMIN })).status).toBe(200);
  const read = async (caseId: string) => (await api.request('GET', `/cases/${caseId}`, { as: STAFF, headers: { 'x-min-position': String(await api.eventStore.headPosition()) } })).body;
  const ok = async (url: string, body: unknown) => {
    const response = await post(url, body);
    expect({ url, status: response.status, body: response.body }).toMatchObject({ status: 200 });
    return response;
  };

  /** As in eligibility.e2e-spec.ts: identified, verified, every condition met, docketed: a Case in Conciliation. */
  async function docketedCase(receivedAt: string): Promise<string> {
    const caseId = await docketBbbCase(api, businessId, receivedAt);
    expect(await read(caseId)).toMatchObject({ stage: 'conciliation' });
    return caseId;
  }

  it('hearing with reply and response: BBB-4.1 request, BBB-4.4 Position and Rebuttal, BBB-4.4.2 reply, BBB-4.4.3 response, to the Panelist', async () => {
    const caseId = await docketedCase('2026-06-01T09:00:00Z');

    const refused = await post(`/cases/${caseId}/hearing-request`, { requestedBy: 'complainant', remedies: [{ kind: 'suppress-personal-data' }, { kind: 'monetary-damages', details: 'EUR 5,000' }] });
    expect(refused.body).toMatchObject({ statusCode: 422, rule: 'BBB-4.1', field: 'remedies' });
    expect((await post(`/cases/${caseId}/hearing-request`, { requestedBy: 'judge', remedies: [] })).status).toBe(400);

    await ok(`/cases/${caseId}/hearing-request`, { requestedBy: 'complainant', remedies: [{ kind: 'suppress-personal-data', details: 'delete the marketing profile' }, { kind: 'corrective-policy-changes' }] });
    // 30 business days from Monday 1 June, skipping Juneteenth and 3 July: Wednesday 15 July.
    expect(await read(caseId)).toMatchObject({ stage: 'hearing-position', deadlines: { 'position-1': { kind: 'position', rule: 'BBB-4.4', dueOn: '2026-07-15' } } });

    await advance('2026-06-10T14:00:00Z');
    await ok(`/cases/${caseId}/hearing/position`, { receivedAt: '2026-06-10T13:00:00Z', summary: 'my Position' });
    expect(await read(caseId)).toMatchObject({ stage: 'hearing-rebuttal', deadlines: {} });

    // BBB-8.7: the courier delivers the Position to the Respondent on Monday 15 June; the Rebuttal's 30 business days run from then, to Wednesday 29 July.
    await advance('2026-06-15T18:00:00Z');
    await ok(`/cases/${caseId}/hearing/deliveries`, { document: 'position', deliveredAt: '2026-06-15T15:00:00Z' });
    expect((await read(caseId)).deadlines).toEqual({ 'rebuttal-1': expect.objectContaining({ kind: 'rebuttal', rule: 'BBB-4.4', dueOn: '2026-07-29' }) });

    await advance('2026-07-01T14:00:00Z');
    await ok(`/cases/${caseId}/hearing/rebuttal`, { receivedAt: '2026-07-01T13:00:00Z', summary: 'the Rebuttal' });
    await ok(`/cases/${caseId}/hearing/deliveries`, { document: 'rebuttal', deliveredAt: '2026-07-01T14:00:00Z' });
    expect(await read(caseId)).toMatchObject({ stage: 'hearing-reply', deadlines: { 'reply-1': { kind: 'reply', rule: 'BBB-4.4.2' } } });

    await advance('2026-07-06T14:00:00Z');
    await ok(`/cases/${caseId}/hearing/reply`, { receivedAt: '2026-07-06T13:00:00Z', summary: 'my reply' });
    await ok(`/cases/${caseId}/hearing/deliveries`, { document: 'reply', deliveredAt: '2026-07-06T14:00:00Z' });
    expect(await read(caseId)).toMatchObject({ stage: 'hearing-response', deadlines: { 'response-1': { kind: 'response', rule: 'BBB-4.4.3' } } });

    await advance('2026-07-10T14:00:00Z');
    await ok(`/cases/${caseId}/hearing/response`, { receivedAt: '2026-07-10T13:00:00Z', summary: 'our response' });
    expect(await read(caseId)).toMatchObject({ status: 'open', stage: 'awaiting-panelist', deadlines: {} });

    // BBB-4.5.4: nothing more is accepted once the record is with the Panelist.
    expect((await post(`/cases/${caseId}/hearing/reply`, { receivedAt: '2026-07-10T13:30:00Z', summary: 'one more thing' })).body).toMatchObject({ statusCode: 409, rule: 'BBB-4.5.4' });

    const events = await api.eventStore.readStream(`case-${caseId}`);
    const notices = events.filter((event) => event.type === 'NoticeSent').map((event) => event.data as { kind: string; recipient: string });
    expect(notices).toEqual([
      expect.objectContaining({ kind: 'position-requested', recipient: 'complainant' }),
      expect.objectContaining({ kind: 'position-forwarded', recipient: 'respondent' }),
      expect.objectContaining({ kind: 'rebuttal-forwarded', recipient: 'complainant' }),
      expect.objectContaining({ kind: 'reply-forwarded', recipient: 'respondent' }),
    ]);
    expect(events.find((event) => event.type === 'ReplySubmitted')!.data).toMatchObject({ addendumTo: 'position' });
    expect(events.find((event) => event.type === 'ResponseSubmitted')!.data).toMatchObject({ addendumTo: 'rebuttal' });
  });

  it('a defaulting Respondent: BBB-4.4.1 no Rebuttal, a default notice, still none: the default is noted and a referral decision (BBB-8.8) is required', async () => {
    await advance('2026-08-03T13:00:00Z');
    const caseId = await docketedCase('2026-08-03T09:00:00Z');
    // BBB-4.4: at the Complainant's request, the original complaint is accepted as the Position and forwarded at once.
    await ok(`/cases/${caseId}/hearing-request`, { requestedBy: 'complainant', remedies: [{ kind: 'correct-personal-data' }], acceptComplaintAsPosition: true });
    expect(await read(caseId)).toMatchObject({ stage: 'hearing-rebuttal', deadlines: {} });
    await ok(`/cases/${caseId}/hearing/deliveries`, { document: 'position', deliveredAt: '2026-08-03T13:00:00Z' });
    // 30 business days from Monday 3 August, skipping Labor Day: Tuesday 15 September.
    expect((await read(caseId)).deadlines).toEqual({ 'rebuttal-1': expect.objectContaining({ dueOn: '2026-09-15' }) });

    await advance('2026-09-16T12:00:00Z');
    expect(await read(caseId)).toMatchObject({ status: 'open', stage: 'hearing-default', deadlines: {} });
    const defaultNotice = (await api.eventStore.readStream(`case-${caseId}`)).filter((event) => event.type === 'NoticeSent').at(-1)!;
    expect(defaultNotice.data).toMatchObject({ kind: 'default-notice', rule: 'BBB-4.4.1', recipient: 'respondent' });

    // The notice reaches the Respondent on Wednesday 16 September: 15 business days run to Wednesday 7 October.
    await ok(`/cases/${caseId}/hearing/deliveries`, { document: 'default-notice', deliveredAt: '2026-09-16T12:00:00Z' });
    expect((await read(caseId)).deadlines).toEqual({ 'rebuttal-after-default-1': expect.objectContaining({ kind: 'rebuttal-after-default', rule: 'BBB-4.4.1', dueOn: '2026-10-07' }) });

    await advance('2026-10-07T12:00:00Z');
    expect((await read(caseId)).stage).toBe('hearing-default');
    await advance('2026-10-09T12:00:00Z');
    expect(await read(caseId)).toMatchObject({ status: 'open', stage: 'referral-decision', deadlines: {} });
    const events = await api.eventStore.readStream(`case-${caseId}`);
    expect(events.slice(-4).map((event) => event.type)).toEqual(['DeadlineLapsed', 'RespondentDefaultNoted', 'NotedForReport', 'ReferralDecisionRequired']);
    expect(events.at(-2)!.data).toMatchObject({ matter: 'respondent-default', rule: 'BBB-4.4.1', reportRule: 'BBB-7.1', deadlineId: 'rebuttal-after-default-1' });
    expect(events.at(-1)!.data).toMatchObject({ rule: 'BBB-8.8', deadlineId: 'rebuttal-after-default-1', deadlineRule: 'BBB-4.4.1', stage: 'referral-decision' });

    // BBB-4.5.4: the Rebuttal now comes too late.
    expect((await post(`/cases/${caseId}/hearing/rebuttal`, { receivedAt: '2026-10-09T11:00:00Z', summary: 'late' })).body).toMatchObject({ statusCode: 409, rule: 'BBB-4.5.4' });
  });
});
