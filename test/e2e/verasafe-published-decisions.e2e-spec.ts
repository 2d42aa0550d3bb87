import type { ApiHarness } from '../support/api-harness';
import { ADMIN, actor, removeDataDir } from '../support/api-harness';
import { startVeraSafeApi, verasafeRequests } from '../support/verasafe-scene';

// VS-15: VeraSafe's Hearing Decisions are public when issued, through the published-decisions endpoints; nothing else of
// the case (the Complainant, the officer, the submissions) is.

const FACTS = [{ fact: 'Acme kept profiling the Complainant after the objection', finding: 'valid', analysis: 'The processing logs show profiling runs through June' }];
const ORDER = { substantiated: true, violatesFramework: true, findings: 'Profiling continued after the objection', reparationOrder: [{ kind: 'delete-personal-data', terms: 'delete the profile within 30 days' }] };

describe('VeraSafe Hearing Decisions published through HTTP (VS-15)', () => {
  let api: ApiHarness;
  let businessId: string;
  let officerId: string;
  const { ok, detail, hearingOfficerDesignated } = verasafeRequests(() => api, () => businessId);
  const anonymous = async (url: string) => api.request('GET', url, { as: null, headers: { 'x-min-position': String(await api.eventStore.headPosition()) } });

  beforeAll(async () => {
    ({ api, businessId } = await startVeraSafeApi());
    const enrolled = await api.request('POST', '/panelists', { body: { name: 'Vic Counsel', email: 'vic@example.com', employer: 'Vic Counsel LLP', qualifications: ['JD', 'bar-license'], confidentialityAgreementSignedOn: '2026-01-15' }, as: ADMIN });
    expect(enrolled.status).toBe(201);
    officerId = enrolled.body.panelistId;
  });
  afterAll(async () => {
    await api.close();
    removeDataDir(api.dataDir);
  });

  it('VS-15, VS-8.4c: a Reparation Order is public from its issue: listed, its text the Hearing Decision, nothing about the Complainant or the officer', async () => {
    const { caseId } = await hearingOfficerDesignated(officerId);
    await ok(`/cases/${caseId}/panelist/investigative-analysis`, { facts: FACTS });
    // Before the decision, nothing of the case is public.
    expect((await anonymous(`/published-decisions/${caseId}`)).body).toMatchObject({ statusCode: 404, field: 'caseId' });

    await ok(`/cases/${caseId}/hearing-decision`, ORDER, actor('hearing-officer', officerId));
    const issuedAt = ((await api.eventStore.readStream(`case-${caseId}`)).find((event) => event.type === 'HearingDecisionIssued')!.data as { issuedAt: string }).issuedAt;
    expect(await detail(caseId)).toMatchObject({ stage: 'reparation-performance', hearingDecision: { rule: 'VS-8.4c', outcome: 'reparation-order', officerId, issuedAt } });

    const list = await anonymous('/published-decisions?count=true');
    expect(list.status).toBe(200);
    expect(list.body).toMatchObject({ total: 1, next: null, items: [{ caseId, rule: 'VS-8.4c', publicationRule: 'VS-15', publishedAt: issuedAt }] });
    const published = await anonymous(`/published-decisions/${caseId}`);
    expect(published.status).toBe(200);
    expect(published.body).toEqual({
      caseId, rule: 'VS-8.4c', publicationRule: 'VS-15', publishedAt: issuedAt, respondent: 'Acme Analytics Inc.',
      hearingDecisions: [{
        name: 'the Hearing Decision', rule: 'VS-8.4c', issuedAt, standard: expect.any(String), substantiated: true, violatesFramework: true, findings: ORDER.findings,
        outcome: 'reparation-order', reparationOrder: [{ kind: 'delete-personal-data', description: expect.any(String), terms: 'delete the profile within 30 days' }],
      }],
    });
    expect(JSON.stringify(published.body)).not.toMatch(new RegExp(`Ada Example|ada@example|${officerId}|Vic Counsel|rebuttal|profiling me|processing logs`, 'i'));
  });
});
