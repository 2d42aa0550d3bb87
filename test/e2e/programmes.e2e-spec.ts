import { type ApiHarness, complaint, removeDataDir, STAFF, startApi } from '../support/api-harness';

// Programmes through HTTP (issue 12): which exist, a complaint naming the one its Respondent participates in, its
// own eligibility condition (CASRO-5), and good standing checked for the framework the complaint falls under (CASRO-4).

describe('programmes through HTTP (issue 12, CASRO-4, CASRO-5, CASRO-6)', () => {
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
  const stream = (caseId: string) => api.eventStore.readStream(`case-${caseId}`);

  /** Staff intake naming the CASRO programme instead of a rulebook. */
  async function fileUnderCasro(extra: Record<string, unknown> = {}): Promise<string> {
    const { rulebookId: _rulebook, ...body } = complaint({ receivedAt: '2026-06-01T09:00:00Z', respondent: { name: 'Acme' }, ...extra }) as Record<string, unknown>;
    const filed = await post('/cases', { ...body, programmeId: 'casro-safe-harbor' });
    expect(filed.status).toBe(201);
    return filed.body.caseId as string;
  }

  it('CASRO-6 the programmes are public: each with the rulebook its complaints follow, its frameworks and its complaints page', async () => {
    const listed = await api.request('GET', '/programmes', { as: null });
    expect(listed.status).toBe(200);
    expect(listed.body.items).toEqual([
      expect.objectContaining({ id: 'casro-safe-harbor', name: 'CASRO Safe Harbor Program', rulebookId: 'bbb-eu-safe-harbor', frameworks: ['us-eu-safe-harbor', 'us-swiss-safe-harbor'], enrolment: true, complaintsPage: '/programmes/casro-safe-harbor/complaints', additionalConditions: ['not-own-human-resources-data'] }),
      expect.objectContaining({ id: 'bbb-eu-safe-harbor', rulebookId: 'bbb-eu-safe-harbor', enrolment: false }),
      expect.objectContaining({ id: 'verasafe', rulebookId: 'verasafe-2016' }),
    ]);
    expect((await api.request('GET', '/programmes/nope', { as: null })).body).toMatchObject({ statusCode: 404, field: 'programmeId' });
  });

  it('CASRO-6 a complaint naming the CASRO programme enters the BBB procedure\'s eligibility review; a programme of another rulebook, or none at all, is refused', async () => {
    const caseId = await fileUnderCasro();
    expect(await read(caseId)).toMatchObject({ rulebook: { id: 'bbb-eu-safe-harbor' }, stage: 'eligibility-review', status: 'open' });
    expect((await stream(caseId))[0]!.data).toMatchObject({ programme: { id: 'casro-safe-harbor', standingFramework: 'us-eu-safe-harbor' } });
    const mismatch = await post('/cases', { ...complaint({ receivedAt: '2026-06-01T09:00:00Z' }), programmeId: 'verasafe' });
    expect(mismatch.body).toMatchObject({ statusCode: 422, field: 'programmeId' });
    const { rulebookId: _rulebook, ...neither } = complaint({ receivedAt: '2026-06-01T09:00:00Z' }) as Record<string, unknown>;
    expect((await post('/cases', neither)).status).toBe(400);
    expect((await post('/cases', { ...neither, programmeId: 'no-such' })).status).toBe(400);
  });

  it('CASRO-5 a complaint about the business\'s own human-resources data is ineligible under the CASRO programme, and the closure names the competent authority', async () => {
    const caseId = await fileUnderCasro({ ownHumanResourcesData: true });
    expect(await read(caseId)).toMatchObject({ eligibility: { 'not-own-human-resources-data': { met: false, rule: 'CASRO-5' } } });
    const closed = await post(`/cases/${caseId}/ineligibility`, { condition: 'not-own-human-resources-data', reason: 'the complaint is about its employment records' });
    expect(closed.status).toBe(200);
    expect((await read(caseId)).closure).toMatchObject({ reason: 'ineligible', rule: 'CASRO-5', label: expect.stringMatching(/data protection authority/) });
    const notices = (await stream(caseId)).filter((event) => event.type === 'NoticeSent').map((event) => event.data);
    expect(notices).toEqual([expect.objectContaining({ kind: 'refer-to-competent-authority', rule: 'CASRO-5', recipient: 'complainant' })]);
  });

  it('CASRO-4 good standing is checked for the framework the complaint falls under: certified for the Swiss framework only, a complaint about data from Germany is not against a business in good standing', async () => {
    const { body: business } = await post('/businesses', { legalName: 'Swiss Only Inc.', programs: ['casro-safe-harbor'] });
    expect((await post(`/businesses/${business.businessId}/participation`, { program: 'casro-safe-harbor', effectiveFrom: '2026-01-01T00:00:00Z', frameworks: ['us-swiss-safe-harbor'] })).status).toBeLessThan(300);
    const german = await fileUnderCasro();
    const swiss = await fileUnderCasro({ complainant: { name: 'Urs Example', email: 'urs@example.ch', country: 'CH', filingAs: 'data-subject' } });
    for (const caseId of [german, swiss]) expect((await post(`/cases/${caseId}/respondent-identification`, { businessId: business.businessId })).status).toBe(200);
    const refused = await post(`/cases/${german}/eligibility-findings`, { condition: 'participating-business', met: true, note: 'in the registry' });
    expect(refused.body).toMatchObject({ statusCode: 422, rule: 'BBB-2.3', field: 'met' });
    expect((await post(`/cases/${swiss}/eligibility-findings`, { condition: 'participating-business', met: true, note: 'in the registry' })).status).toBe(200);
    const evidence = (await stream(swiss)).find((event) => event.type === 'EligibilityConditionAssessed')!.data;
    expect(evidence).toMatchObject({ evidence: { participation: { program: 'casro-safe-harbor', framework: 'us-swiss-safe-harbor', frameworkListed: true, currentAtFiling: true } } });
  });
});
