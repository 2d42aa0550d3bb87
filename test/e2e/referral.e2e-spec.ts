import { type ApiHarness, complaint, removeDataDir, STAFF, startApi, actor, type Actor } from '../support/api-harness';
import { docketBbbCase } from '../support/journeys';

const ADMIN = actor('administrator', 'admin-1');
const REFER = { agency: { name: 'Federal Trade Commission' }, respondentName: 'Acme Analytics Inc.', nature: 'marketing profile kept after objection', summary: 'Acme Analytics Inc. did not answer the Complaint', reason: 'default on the Rebuttal after notice (BBB-4.4.1)' };

describe('referral to a government agency and refusals to proceed through HTTP (BBB-8.8, BBB-6)', () => {
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

  const post = (url: string, body: unknown, as: Actor = STAFF) => api.request('POST', url, { body, as });
  const advance = async (now: string) => expect((await api.request('POST', '/admin/clock', { body: { now }, as: ADMIN })).status).toBe(200);
  const read = async (caseId: string) => (await api.request('GET', `/cases/${caseId}`, { as: STAFF, headers: { 'x-min-position': String(await api.eventStore.headPosition()) } })).body;
  const ok = async (url: string, body: unknown, as: Actor = STAFF) => {
    const response = await post(url, body, as);
    expect({ url, status: response.status, body: response.body }).toMatchObject({ status: 200 });
    return response;
  };

  async function docketedCase(receivedAt: string): Promise<string> {
    const caseId = await docketBbbCase(api, businessId, receivedAt);
    return caseId;
  }

  /** The journey of hearing.e2e-spec.ts's defaulting Respondent, up to 'referral-decision'. */
  async function defaultedCase(start: string): Promise<string> {
    await advance(start);
    const caseId = await docketedCase(start);
    await ok(`/cases/${caseId}/hearing-request`, { requestedBy: 'complainant', remedies: [{ kind: 'correct-personal-data' }], acceptComplaintAsPosition: true });
    await ok(`/cases/${caseId}/hearing/deliveries`, { document: 'position', deliveredAt: start });
    const rebuttalDue = (await read(caseId)).deadlines['rebuttal-1'].dueAt as string;
    await advance(new Date(Date.parse(rebuttalDue) + 3_600_000).toISOString());
    expect(await read(caseId)).toMatchObject({ stage: 'hearing-default' });
    const noticeAt = new Date(Date.parse(rebuttalDue) + 3_600_000).toISOString();
    await ok(`/cases/${caseId}/hearing/deliveries`, { document: 'default-notice', deliveredAt: noticeAt });
    const defaultDue = (await read(caseId)).deadlines['rebuttal-after-default-1'].dueAt as string;
    await advance(new Date(Date.parse(defaultDue) + 3_600_000).toISOString());
    expect(await read(caseId)).toMatchObject({ status: 'open', stage: 'referral-decision', deadlines: {} });
    return caseId;
  }

  it('hearing with a defaulting respondent ending in referral: BBB-8.8 notice, 10 business days to cure from receipt, lapse: referred and closed (BBB-6 (8), BBB-7.3)', async () => {
    const caseId = await defaultedCase('2026-08-03T13:00:00Z');

    // Only staff decide; fewer than 10 business days to cure is refused.
    expect((await post(`/cases/${caseId}/referral/decision-to-refer`, REFER, actor('panelist', 'p-1'))).status).toBe(403);
    expect((await post(`/cases/${caseId}/referral/decision-to-refer`, { ...REFER, cureBusinessDays: 5 }, ADMIN)).body).toMatchObject({ statusCode: 422, rule: 'BBB-8.8', field: 'cureBusinessDays' });

    await ok(`/cases/${caseId}/referral/decision-to-refer`, REFER, ADMIN);
    expect(await read(caseId)).toMatchObject({ stage: 'referral-notice', deadlines: {} });
    const notice = (await api.eventStore.readStream(`case-${caseId}`)).filter((event) => event.type === 'NoticeSent').at(-1)!;
    expect(notice.data).toMatchObject({ kind: 'referral-notice', rule: 'BBB-8.8', recipient: 'respondent' });

    // Delivered by courier on Monday 12 October (Columbus Day, so received on the next business day): 10 business days to Tuesday 27 October.
    await advance('2026-10-12T18:00:00Z');
    await ok(`/cases/${caseId}/referral/notice-delivery`, { deliveredAt: '2026-10-12T15:00:00Z' }, ADMIN);
    expect(await read(caseId)).toMatchObject({ stage: 'referral-cure', deadlines: { 'referral-cure-1': { kind: 'referral-cure', rule: 'BBB-8.8', dueOn: '2026-10-27' } } });

    await advance('2026-10-27T15:00:00Z');
    expect((await read(caseId)).status).toBe('open');
    await advance('2026-10-28T15:00:00Z');
    expect(await read(caseId)).toMatchObject({ status: 'closed', stage: 'closed', closure: { reason: 'referred', rule: 'BBB-6' }, deadlines: {} });

    const events = await api.eventStore.readStream(`case-${caseId}`);
    expect(events.slice(-3).map((event) => event.type)).toEqual(['DeadlineLapsed', 'ReferralMade', 'CaseClosed']);
    expect(events.at(-2)!.data).toMatchObject({ reportRule: 'BBB-7.3', agency: { name: 'Federal Trade Commission' }, respondent: { name: 'Acme Analytics Inc.', businessId }, nature: REFER.nature, summary: REFER.summary });
    // The lapse is dated once the last day of the cure period (Tuesday 27 October) is over: Wednesday 28 October in New York.
    expect(events.at(-3)!.data).toMatchObject({ dueAt: '2026-10-28T03:59:59.999Z', observedAt: '2026-10-28T04:00:00.000Z' });
    expect(events.at(-2)!.data).toMatchObject({ referredAt: '2026-10-28T04:00:00.000Z' });
    expect(events.at(-1)!.data).toMatchObject({ closedAt: '2026-10-28T04:00:00.000Z' });
  });

  it('BBB-8.8, BBB-4.4.1: a cure of the default within the period is the late Rebuttal: forwarded to the Complainant, the reply next', async () => {
    const caseId = await defaultedCase('2026-11-02T14:00:00Z');
    const now = (await api.request('GET', '/admin/clock', { as: ADMIN })).body.now as string;
    await ok(`/cases/${caseId}/referral/decision-to-refer`, { ...REFER, cureBusinessDays: 15 });
    await ok(`/cases/${caseId}/referral/notice-delivery`, { deliveredAt: now });
    expect((await read(caseId)).deadlines['referral-cure-1']).toMatchObject({ kind: 'referral-cure', rule: 'BBB-8.8' });
    await ok(`/cases/${caseId}/referral/cure`, { receivedAt: now, actionTaken: 'filed its Rebuttal and corrected the data' });
    const cured = await read(caseId);
    expect(cured).toMatchObject({ status: 'open', stage: 'hearing-reply', deadlines: {}, referral: { status: 'cured' } });
    expect(cured.nextActions).toContainEqual(expect.objectContaining({ command: 'RecordHearingDelivery', about: { document: 'rebuttal' }, awaited: true }));
  });

  it('BBB-4.3.1 BBB-6 a refusal to proceed for direct contact with the Panelist closes with reason (10)', async () => {
    const caseId = await docketedCase('2026-06-01T09:00:00Z');
    expect((await post(`/cases/${caseId}/refusal`, { reason: 'bribery', party: 'complainant', details: 'x' }, ADMIN)).status).toBe(400);
    await ok(`/cases/${caseId}/refusal`, { reason: 'direct-contact-with-panelist', party: 'complainant', details: 'emailed the Panelist directly' }, ADMIN);
    expect(await read(caseId)).toMatchObject({ status: 'closed', closure: { reason: 'refused-direct-contact-with-panelist', rule: 'BBB-6' } });
    const events = await api.eventStore.readStream(`case-${caseId}`);
    expect(events.find((event) => event.type === 'RefusedToProceed')!.data).toMatchObject({ rule: 'BBB-4.3.1', party: 'complainant' });
  });
});
