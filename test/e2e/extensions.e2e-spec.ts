import { type ApiHarness, accountIdOf, STAFF, actor } from '../support/api-harness';
import { docketBbbCase } from '../support/journeys';
import { caseRequests, startBbbApi, stopApi } from '../support/bbb-scene';

const ADMIN = actor('administrator', 'admin-1');

/**
 * BBB-4.5.4: "the untimely document shall not be submitted to the Panelist unless the CBBB grants an extension for good
 * cause". Which periods that covers is rulebook data (`extendable`); the case detail offers extensions of those only,
 * and the extensions route refuses the others (issue 10: a client was offered, and granted, extensions of every period).
 */
describe('extensions for good cause through HTTP (BBB-4.5.4)', () => {
  let api: ApiHarness;
  let businessId: string;

  beforeAll(async () => ({ api, businessId } = await startBbbApi()));
  afterAll(() => stopApi(api));
  const { ok, advance, detail } = caseRequests(() => api);
  const extensionsOffered = async (caseId: string) =>
    ((await detail(caseId)).nextActions as { command: string; deadlineId?: string; rule: string; by: string }[]).filter((action) => action.command === 'ExtendDeadline');
  const extend = (caseId: string, deadlineId: string) => api.request('POST', `/cases/${caseId}/deadlines/${deadlineId}/extensions`, { body: { businessDays: 5, reason: 'counsel ill' }, as: STAFF });

  it('BBB-4.5.4, BBB-8.8: the referral cure period is not extendable: no extension is offered and one asked for is refused (422 naming BBB-4.5.4)', async () => {
    const caseId = await docketBbbCase(api, businessId, '2026-06-01T09:00:00Z');
    await ok(`/cases/${caseId}/refusal`, { reason: 'breach-of-confidentiality', party: 'respondent', details: 'published the Rebuttal', considerReferral: true }, ADMIN);
    await ok(`/cases/${caseId}/referral/decision-to-refer`, { agency: { name: 'Federal Trade Commission' }, respondentName: 'Acme Analytics Inc.', nature: 'breach of confidentiality', summary: 'published the Rebuttal', reason: 'breach' });
    await ok(`/cases/${caseId}/referral/notice-delivery`, { deliveredAt: '2026-06-01T12:00:00Z' });
    expect((await detail(caseId)).deadlines['referral-cure-1']).toMatchObject({ rule: 'BBB-8.8' });
    expect(await extensionsOffered(caseId)).toEqual([]);
    const refused = await extend(caseId, 'referral-cure-1');
    expect(refused).toMatchObject({ status: 422, body: { rule: 'BBB-4.5.4', field: 'deadlineId' } });
    expect(refused.body.message).toContain('BBB-8.8');
    expect((await detail(caseId)).deadlines['referral-cure-1'].dueOn).toBe('2026-06-15');
  });

  it('BBB-4.5.4, BBB-4.4, BBB-4.4.1: the Rebuttal period is extendable: offered to the CBBB, granted, and its lapse (the default notice) moves to the new end', async () => {
    const caseId = await docketBbbCase(api, businessId, '2026-06-01T09:00:00Z');
    await ok(`/cases/${caseId}/hearing-request`, { requestedBy: 'complainant', remedies: [{ kind: 'suppress-personal-data' }], acceptComplaintAsPosition: true });
    await ok(`/cases/${caseId}/hearing/deliveries`, { document: 'position', deliveredAt: '2026-06-01T12:00:00Z' });
    // 30 business days after Monday 1 June, skipping Juneteenth and 3 July: Wednesday 15 July.
    expect((await detail(caseId)).deadlines['rebuttal-1']).toMatchObject({ rule: 'BBB-4.4', dueOn: '2026-07-15' });
    expect(await extensionsOffered(caseId)).toEqual([expect.objectContaining({ deadlineId: 'rebuttal-1', rule: 'BBB-4.5.4', by: 'administrator' })]);

    const extended = await extend(caseId, 'rebuttal-1');
    expect(extended.status).toBe(200);
    // Five more business days: 16, 17, 20, 21 and 22 July.
    expect((await detail(caseId)).deadlines['rebuttal-1'].dueOn).toBe('2026-07-22');
    await advance('2026-07-17T12:00:00Z');
    expect((await detail(caseId)).stage).toBe('hearing-rebuttal');
    await advance('2026-07-23T12:00:00Z');
    expect((await detail(caseId)).stage).toBe('hearing-default');
    const events = await api.eventStore.readStream(`case-${caseId}`);
    expect(events.find((event) => event.type === 'DeadlineExtended')!.data).toMatchObject({ deadlineId: 'rebuttal-1', grantedBy: accountIdOf(STAFF), reason: 'counsel ill' });
  });
});
