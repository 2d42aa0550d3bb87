import { type ApiHarness, complaint, removeDataDir, STAFF, startApi, actor, type Actor } from '../support/api-harness';
import { accountIdOf } from '../support/api-harness';
import { docketBbbCase } from '../support/journeys';

const ADMIN = actor('administrator', 'admin-1');
const RESPONDENT = actor('respondent', 'acme-dpo');

describe('conciliation and settlement through HTTP (BBB Part 3, Part 5)', () => {
  let api: ApiHarness;

  beforeAll(async () => {
    // Monday 1 June 2026, 08:00 in New York.
    api = await startApi({ CLOCK: 'controllable', CLOCK_START: '2026-06-01T12:00:00Z' });
  });

  afterAll(async () => {
    await api.close();
    removeDataDir(api.dataDir);
  });

  const post = (url: string, body: unknown, as: Actor = STAFF) => api.request('POST', url, { body, as });
  const ok = async (url: string, body: unknown, as?: Actor) => {
    const response = await post(url, body, as);
    const accepted = response.status === 200 || response.status === 201;
    expect({ url, accepted, body: accepted ? undefined : response.body }).toEqual({ url, accepted: true, body: undefined });
    return response;
  };
  const read = async (caseId: string) => (await api.request('GET', `/cases/${caseId}`, { as: STAFF, headers: { 'x-min-position': String(await api.eventStore.headPosition()) } })).body;
  const events = async (caseId: string) => api.eventStore.readStream(`case-${caseId}`);

  /** Registered participating business, complaint filed, identity verified, every BBB condition met, docketed. */
  async function docketedCase(): Promise<string> {
    const { body: business } = await post('/businesses', { legalName: 'Acme Analytics Inc.', programs: ['bbb-eu-safe-harbor'] });
    await ok(`/businesses/${business.businessId}/participation`, { program: 'bbb-eu-safe-harbor', effectiveFrom: '2020-01-01T00:00:00Z', frameworks: ['us-eu-safe-harbor'] });
    const caseId = await docketBbbCase(api, business.businessId, '2026-06-01T09:00:00Z');
    expect(await read(caseId)).toMatchObject({ stage: 'conciliation', status: 'open' });
    return caseId;
  }

  /** BBB-3.2's exchanges and BBB-3.3's teleconference, both Parties agreeing. */
  async function exchanges(caseId: string): Promise<void> {
    await ok(`/cases/${caseId}/conciliation/complainant-facts`, { summary: 'marketing emails kept coming after opt-out', obtainedAt: '2026-06-01T10:00:00Z' });
    await ok(`/cases/${caseId}/conciliation/forwarding`, { channel: 'email' });
    await ok(`/cases/${caseId}/conciliation/respondent-responses`, { summary: 'a bug in the unsubscribe job', receivedAt: '2026-06-01T11:00:00Z' });
    await ok(`/cases/${caseId}/conciliation/settlement-offers`, { offeredBy: 'respondent', terms: 'fix the job and delete the marketing profile' });
    expect((await post(`/cases/${caseId}/conciliation/teleconference`, { scheduledFor: '2026-06-08T15:00:00Z' })).body).toMatchObject({ statusCode: 409, rule: 'BBB-3.3' });
    await ok(`/cases/${caseId}/conciliation/teleconference-agreements`, { party: 'complainant' });
    expect((await post(`/cases/${caseId}/conciliation/teleconference`, { scheduledFor: '2026-06-08T15:00:00Z' })).body).toMatchObject({ statusCode: 409, rule: 'BBB-3.3' });
    await ok(`/cases/${caseId}/conciliation/teleconference-agreements`, { party: 'respondent' }, RESPONDENT);
    await ok(`/cases/${caseId}/conciliation/teleconference`, { scheduledFor: '2026-06-08T15:00:00Z' });
  }

  it('BBB-3.4, BBB-5, BBB-6 (4): settled in conciliation with corrective action verified', async () => {
    const caseId = await docketedCase();
    // BBB-3.4: no letter before a Settlement; BBB-5: no certification before the letter.
    expect((await post(`/cases/${caseId}/settlement/letter`, {})).body).toMatchObject({ statusCode: 409, rule: 'BBB-3.4' });
    expect((await post(`/cases/${caseId}/settlement/certification`, { statement: 'done' }, RESPONDENT)).body).toMatchObject({ statusCode: 409, rule: 'BBB-5' });
    await exchanges(caseId);

    await ok(`/cases/${caseId}/settlement`, { terms: 'Acme fixes the unsubscribe job', correctiveAction: { description: 'fix the unsubscribe job', performBy: '2026-06-30' } });
    expect(await read(caseId)).toMatchObject({ stage: 'settlement-letter', settlement: { status: 'awaiting-letter', correctiveAction: { performBy: '2026-06-30' } } });
    // BBB-3.2: the exchanges are over once a Settlement is reached.
    expect((await post(`/cases/${caseId}/conciliation/forwarding`, { channel: 'email' })).body).toMatchObject({ statusCode: 409, rule: 'BBB-3.2' });

    await ok(`/cases/${caseId}/settlement/letter`, {});
    // 30 business days after Tuesday 30 June, skipping Independence Day observed on Friday 3 July: Wednesday 12 August.
    expect(await read(caseId)).toMatchObject({
      status: 'open',
      stage: 'performance-verification',
      settlement: { status: 'awaiting-certification', letterCirculatedAt: expect.any(String) },
      deadlines: { 'performance-certification-1': { kind: 'performance-certification', rule: 'BBB-5', dueOn: '2026-08-12' } },
    });
    expect((await post(`/cases/${caseId}/settlement/verification`, { note: 'nothing certified yet' })).body).toMatchObject({ statusCode: 409, rule: 'BBB-5' });

    await ok(`/cases/${caseId}/settlement/certification`, { statement: 'the job was fixed on 15 June' }, RESPONDENT);
    await ok(`/cases/${caseId}/settlement/substantiation-requests`, { requested: 'job logs for June' });
    await ok(`/cases/${caseId}/settlement/verification`, { note: 'logs show no mail after opt-out' });

    expect(await read(caseId)).toMatchObject({
      status: 'closed',
      stage: 'closed',
      closure: { reason: 'settlement-corrective-action-verified', rule: 'BBB-6' },
      settlement: { status: 'verified', certifiedAt: expect.any(String), substantiationRequestedAt: expect.any(String), verifiedAt: expect.any(String) },
      deadlines: {},
    });
    const stream = await events(caseId);
    expect(stream.find((e) => e.type === 'NoticeSent' && (e.data as { recipient: string }).recipient === 'respondent')!.data).toMatchObject({ kind: 'complainant-facts-forwarded', rule: 'BBB-3.2' });
    expect(stream.find((e) => e.type === 'PerformanceCertified')!.metadata).toMatchObject({ actorId: accountIdOf(RESPONDENT, caseId), actorRole: 'respondent' });
    expect(stream.slice(-2).map((e) => e.type)).toEqual(['PerformanceVerified', 'CaseClosed']);
  });

  it('BBB-3.4, BBB-6 (5): settled without corrective action, effective when the letter is circulated', async () => {
    const caseId = await docketedCase();
    await exchanges(caseId);
    await ok(`/cases/${caseId}/settlement`, { terms: 'Acme apologises and deletes the marketing profile' });
    expect(await read(caseId)).toMatchObject({ status: 'open', stage: 'settlement-letter' });
    await ok(`/cases/${caseId}/settlement/letter`, {});
    expect(await read(caseId)).toMatchObject({ status: 'closed', closure: { reason: 'settlement-without-corrective-action', rule: 'BBB-6' }, settlement: { status: 'effective' } });
    expect((await post(`/cases/${caseId}/settlement/letter`, {})).body).toMatchObject({ statusCode: 409 });
  });

  it('BBB-3.2, BBB-3.1: refuses exchanges before docketing, and an offer of the CBBB\'s own; validates input', async () => {
    const { body } = await post('/cases', complaint({ receivedAt: '2026-06-01T09:00:00Z' }));
    expect((await post(`/cases/${body.caseId}/conciliation/complainant-facts`, { summary: 'x', obtainedAt: '2026-06-01T10:00:00Z' })).body).toMatchObject({ statusCode: 409, rule: 'BBB-3.2' });
    const caseId = await docketedCase();
    expect((await post(`/cases/${caseId}/conciliation/settlement-offers`, { offeredBy: 'cbbb', terms: 'meet halfway' })).body).toMatchObject({ statusCode: 422, rule: 'BBB-3.1', field: 'offeredBy' });
    expect((await post(`/cases/${caseId}/settlement`, { terms: 'x', correctiveAction: { description: 'y', performBy: '30 June' } })).status).toBe(400);
    expect((await post(`/cases/${caseId}/conciliation/teleconference-agreements`, { party: 'panelist' })).status).toBe(400);
  });

  it('BBB-5 / BBB-8.8: the certification deadline lapses on the controllable clock; the case awaits a staff decision on referral', async () => {
    const caseId = await docketedCase();
    await ok(`/cases/${caseId}/settlement`, { terms: 'Acme fixes the unsubscribe job', correctiveAction: { description: 'fix the unsubscribe job', performBy: '2026-06-30' } });
    await ok(`/cases/${caseId}/settlement/letter`, {});

    expect((await api.request('POST', '/admin/clock', { body: { now: '2026-08-12T12:00:00Z' }, as: ADMIN })).status).toBe(200);
    expect(await read(caseId)).toMatchObject({ stage: 'performance-verification' });

    const moved = await api.request('POST', '/admin/clock', { body: { now: '2026-08-20T12:00:00Z' }, as: ADMIN });
    expect(moved.body.deadlinesFired).toBeGreaterThanOrEqual(1);
    expect(await read(caseId)).toMatchObject({ status: 'open', stage: 'referral-decision', settlement: { status: 'not-certified' }, deadlines: {} });

    const stream = await events(caseId);
    expect(stream.slice(-4).map((e) => e.type)).toEqual(['DeadlineLapsed', 'PerformanceNotCertified', 'NotedForReport', 'ReferralDecisionRequired']);
    expect(stream.at(-2)!.data).toMatchObject({ matter: 'noncompliance', rule: 'BBB-5', reportRule: 'BBB-7.1', deadlineId: 'performance-certification-1' });
    expect(stream.at(-1)!.data).toMatchObject({ rule: 'BBB-8.8', deadlineId: 'performance-certification-1', deadlineRule: 'BBB-5', stage: 'referral-decision' });
    // Once its last day (Wednesday 12 August in New York) is over: the millisecond after dueAt.
    expect(stream.at(-1)!.recordedAt).toBe('2026-08-13T04:00:00.000Z');
    expect((await post(`/cases/${caseId}/settlement/certification`, { statement: 'late' }, RESPONDENT)).body).toMatchObject({ statusCode: 409, rule: 'BBB-5' });
  });
});
