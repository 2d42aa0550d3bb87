import { type ApiHarness, complaint, removeDataDir, STAFF, startApi, actor } from '../support/api-harness';
import { BBB_CONDITIONS } from '../support/journeys';


describe('eligibility review and docketing through HTTP (BBB rules)', () => {
  let api: ApiHarness;

  beforeAll(async () => {
    api = await startApi();
  });

  afterAll(async () => {
    await api.close();
    removeDataDir(api.dataDir);
  });

  const post = (url: string, body: unknown) => api.request('POST', url, { body, as: STAFF });
  const read = async (caseId: string) => (await api.request('GET', `/cases/${caseId}`, { as: STAFF, headers: { 'x-min-position': String(await api.eventStore.headPosition()) } })).body;

  async function participatingBusiness(name: string, since: string, lapsedOn?: string): Promise<string> {
    const { body } = await post('/businesses', { legalName: name, programs: ['bbb-eu-safe-harbor'] });
    await post(`/businesses/${body.businessId}/participation`, { program: 'bbb-eu-safe-harbor', effectiveFrom: since, frameworks: ['us-eu-safe-harbor'] });
    if (lapsedOn) await post(`/businesses/${body.businessId}/participation-lapses`, { program: 'bbb-eu-safe-harbor', effectiveFrom: lapsedOn, reason: 'certification-lapsed' });
    return body.businessId;
  }

  async function fileAgainst(businessId: string): Promise<string> {
    const { body } = await post('/cases', complaint({ receivedAt: '2026-06-01T09:00:00Z', respondent: { name: 'Acme' } }));
    expect((await post(`/cases/${body.caseId}/respondent-identification`, { businessId })).status).toBe(200);
    return body.caseId;
  }

  it('BBB-2.4a walks a complaint through every condition to a docketed Case in Conciliation, with the checklist visible', async () => {
    const caseId = await fileAgainst(await participatingBusiness('Acme Analytics Inc.', '2020-01-01T00:00:00Z'));
    expect((await post(`/cases/${caseId}/docketing`, {})).body).toMatchObject({ statusCode: 409, rule: 'BBB-2.4a' });

    await post(`/cases/${caseId}/identity-verification`, { method: 'passport' });
    for (const condition of BBB_CONDITIONS) {
      const response = await post(`/cases/${caseId}/eligibility-findings`, { condition, met: true, note: `${condition}: checked`, ...(condition === 'good-faith-attempt' ? { account: 'wrote to privacy@acme twice' } : {}) });
      expect(response.status).toBe(200);
    }
    const docketed = await post(`/cases/${caseId}/docketing`, {});
    expect(docketed.status).toBe(200);
    expect((await post(`/cases/${caseId}/acknowledgements`, { party: 'complainant' })).status).toBe(200);
    expect((await post(`/cases/${caseId}/representatives`, { party: 'respondent', name: 'Lex Counsel', email: 'lex@firm.example' })).status).toBe(200);

    expect(await read(caseId)).toMatchObject({
      stage: 'conciliation',
      status: 'open',
      respondent: { businessId: expect.any(String), legalName: 'Acme Analytics Inc.' },
      eligibility: { 'participating-business': { met: true, rule: 'BBB-2.3' }, 'good-faith-attempt': { met: true, rule: 'BBB-2.3.2' } },
      acknowledgements: { complainant: expect.any(String) },
      representatives: { respondent: { name: 'Lex Counsel' } },
    });
    const finding = (await api.eventStore.readStream(`case-${caseId}`)).find((e) => e.type === 'EligibilityConditionAssessed' && (e.data as { condition: string }).condition === 'participating-business')!;
    expect(finding.data).toMatchObject({ evidence: { participation: { currentAtFiling: true, program: 'bbb-eu-safe-harbor' } } });
  });

  it('BBB-2.3 refuses to find a Respondent whose participation had lapsed when the complaint was filed a Participating Business (422)', async () => {
    const caseId = await fileAgainst(await participatingBusiness('Lapsed Ltd', '2020-01-01T00:00:00Z', '2026-01-01T00:00:00Z'));
    const refused = await post(`/cases/${caseId}/eligibility-findings`, { condition: 'participating-business', met: true, note: 'looked it up' });
    expect(refused.body).toMatchObject({ statusCode: 422, rule: 'BBB-2.3', field: 'met' });
    expect((await post(`/cases/${caseId}/eligibility-findings`, { condition: 'participating-business', met: false, note: 'certification lapsed on 1 Jan 2026' })).status).toBe(200);
    const closed = await post(`/cases/${caseId}/ineligibility`, { condition: 'participating-business', reason: 'not a Participating Business when the complaint was filed' });
    expect(closed.status).toBe(200);
    expect(await read(caseId)).toMatchObject({ status: 'closed', closure: { reason: 'not-eligible', rule: 'BBB-6' }, ineligibility: { condition: 'participating-business', rule: 'BBB-2.3' } });
  });

  it.each(BBB_CONDITIONS.filter((c) => c !== 'participating-business'))('BBB-2.4c closes as ineligible when "%s" is not met, the reason recorded', async (condition) => {
    const { body } = await post('/cases', complaint({ receivedAt: '2026-06-01T09:00:00Z' }));
    await post(`/cases/${body.caseId}/eligibility-findings`, { condition, met: false, note: 'not met' });
    const closed = await post(`/cases/${body.caseId}/ineligibility`, { condition, reason: `fails ${condition}`, ...(condition === 'eligible-complainant' ? { otherAgency: { name: 'Another DPA', address: '1 Rue Example' } } : {}) });
    expect(closed.status).toBe(200);
    const view = await read(body.caseId);
    expect(view).toMatchObject({ status: 'closed', closure: { reason: 'not-eligible' }, ineligibility: { condition, reason: `fails ${condition}` } });
    const notice = (await api.eventStore.readStream(`case-${body.caseId}`)).find((e) => e.type === 'NoticeSent')!;
    expect(notice.data).toMatchObject({ kind: condition === 'good-faith-attempt' ? 'try-respondent-first' : 'cannot-proceed', recipient: 'complainant' });
  });

  it('BBB-2.2.1 declines to open a Case when identity is not verified', async () => {
    const { body } = await post('/cases', complaint({ receivedAt: '2026-06-01T09:00:00Z' }));
    expect((await post(`/cases/${body.caseId}/ineligibility`, { condition: 'identity-verified', reason: 'documents did not match' })).status).toBe(200);
    expect(await read(body.caseId)).toMatchObject({ status: 'closed', ineligibility: { rule: 'BBB-2.2.1' } });
  });

  it.each([
    ['under eligibility review', async (caseId: string) => void caseId],
    ['awaiting requested information', async (caseId: string) => void (await post(`/cases/${caseId}/information-requests`, { requested: 'x', channel: 'email' }))],
  ])('BBB-6 the Complainant withdraws %s: the case closes as withdrawn and its deadlines are cancelled', async (_, before) => {
    const { body } = await post('/cases', complaint({ receivedAt: '2026-06-01T09:00:00Z' }));
    await before(body.caseId);
    const withdrawn = await api.request('POST', `/cases/${body.caseId}/withdrawal`, { body: { reason: 'changed my mind' }, as: actor('complainant', 'ada') });
    expect(withdrawn.status).toBe(200);
    expect(await read(body.caseId)).toMatchObject({ status: 'closed', closure: { reason: 'withdrawn' }, deadlines: {} });
    expect((await api.request('GET', `/deadlines?caseId=${body.caseId}&count=true`)).body.total).toBe(0);
    expect((await post(`/cases/${body.caseId}/withdrawal`, {})).body).toMatchObject({ statusCode: 409, rule: 'BBB-6' });
  });

  it('answers 400/404/422 for bad eligibility input', async () => {
    const { body } = await post('/cases', complaint({ receivedAt: '2026-06-01T09:00:00Z' }));
    expect((await post(`/cases/${body.caseId}/eligibility-findings`, { condition: 'moon-phase', met: true, note: 'x' })).body).toMatchObject({ statusCode: 422, field: 'condition' });
    expect((await post(`/cases/${body.caseId}/eligibility-findings`, { condition: 'not-in-litigation', met: 'yes', note: 'x' })).status).toBe(400);
    expect((await post(`/cases/${body.caseId}/respondent-identification`, { businessId: 'nope' })).body).toMatchObject({ statusCode: 404, field: 'businessId' });
    expect((await post(`/cases/${body.caseId}/representatives`, { party: 'judge', name: 'x', email: 'x@y.z' })).status).toBe(400);
  });
});
