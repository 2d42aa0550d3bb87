import { type ApiHarness, actor, type Actor, complaint, removeDataDir, STAFF, startApi, VERASAFE_ELEMENTS } from '../support/api-harness';

/**
 * VeraSafe filing and eligibility through HTTP with real tokens and the controllable clock: VS-1.1 and VS-3.1's
 * elements at filing, VS-3.1(b)'s registry check, VS-5.1/5.2 computed at filing, VS-5.3 to VS-5.5, VS-6.1, VS-11.1, VS-3.2.
 */
describe('VeraSafe filing and eligibility (VS-3.1, VS-5.1 to VS-5.5, VS-6.1, VS-11.1)', () => {
  let api: ApiHarness;
  const CLOCK_KEEPER = actor('administrator', 'clock-keeper');
  const RECEIVED_AT = '2026-06-01T09:00:00Z';

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
    return response;
  };
  const events = async (caseId: string) => api.eventStore.readStream(`case-${caseId}`);
  const complainantOf = (caseId: string) => actor('complainant', 'ada', { caseId });

  let participants = 0;
  /** A Participant in VeraSafe's program, in good standing since 2020 for `frameworks`. */
  async function participant(frameworks: string[] = ['eu-us-privacy-shield']): Promise<string> {
    const registered = await post('/businesses', { legalName: `Acme Analytics ${++participants} Inc.`, programs: ['verasafe'] });
    expect(registered.status).toBe(201);
    const businessId = registered.body.businessId as string;
    expect((await post(`/businesses/${businessId}/participation`, { program: 'verasafe', effectiveFrom: '2020-01-01T00:00:00Z', frameworks })).status).toBeLessThan(300);
    return businessId;
  }

  /** Every VS-3.1 element, against a Participant named by its registry id, first filing. */
  const vsComplaint = (businessId: string, overrides: Record<string, unknown> = {}) =>
    complaint({ rulebookId: 'verasafe-2016', framework: 'eu-us-privacy-shield', receivedAt: RECEIVED_AT, respondent: { name: 'Acme', businessId }, filingHistory: { filedBefore: false }, ...overrides });

  async function file(body: Record<string, unknown>): Promise<string> {
    const filed = await post('/cases', body);
    expect({ status: filed.status, body: filed.body }).toMatchObject({ status: 201 });
    return filed.body.caseId as string;
  }

  /** What VeraSafe judges itself: no earlier resolution, the direct attempt (VS-5.2, VS-5.3). */
  async function judgeTheRest(caseId: string): Promise<void> {
    await ok(`/cases/${caseId}/eligibility-findings`, { condition: 'not-previously-resolved', met: true, note: 'no court or ADR involvement stated or found' });
    await ok(`/cases/${caseId}/eligibility-findings`, { condition: 'good-faith-attempt', met: true, note: 'wrote to privacy@acme twice' });
  }

  it('VS-3.1 VS-1.1 VS-5.1 VS-5.2 a complaint with every element is filed, its registry and age findings computed with evidence, and docketed', async () => {
    const businessId = await participant();
    const caseId = await file(vsComplaint(businessId));
    const filed = await read(caseId);
    expect(filed).toMatchObject({
      rulebook: { id: 'verasafe-2016' }, framework: 'eu-us-privacy-shield', status: 'open', stage: 'eligibility-review',
      eligibility: {
        'eligible-complainant': { met: true, rule: 'VS-5.1' }, 'participating-business': { met: true, rule: 'VS-3.1' }, 'complaint-information': { met: true, rule: 'VS-3.1' },
        'permitted-outcomes-only': { met: true, rule: 'VS-5.2' }, 'first-filing': { met: true, rule: 'VS-5.2' },
      },
    });
    const stream = await events(caseId);
    expect(stream[0]!.data).toMatchObject({ ...VERASAFE_ELEMENTS, framework: 'eu-us-privacy-shield' });
    const standing = stream.find((event) => event.type === 'EligibilityConditionAssessed' && (event.data as { condition: string }).condition === 'participating-business')!;
    expect(standing.data).toMatchObject({ evidence: { participation: { businessId, program: 'verasafe', found: true, currentAtFiling: true, framework: 'eu-us-privacy-shield', frameworkListed: true } } });
    expect(stream.find((event) => event.type === 'EligibilityConditionAssessed' && (event.data as { condition: string }).condition === 'eligible-complainant')!.data).toMatchObject({ computed: { at: 'filing', ageAtFiling: 36, ageFrom: 'date-of-birth', countryCovered: true } });

    await judgeTheRest(caseId);
    await ok(`/cases/${caseId}/docketing`, {});
    expect(await read(caseId)).toMatchObject({ status: 'open', respondent: { businessId } });
    expect((await events(caseId)).map((event) => event.type)).toContain('CaseDocketed');
  });

  it.each([
    ['facts', 'facts'], ['perjuryDeclaration', 'perjuryDeclaration'], ['consentToShare', 'consentToShare'], ['complainantAge', 'complainantAge'],
  ])('VS-3.1 a complaint without %s is refused 422 naming the field and the rule; nothing is filed', async (field, named) => {
    const body: Record<string, unknown> = vsComplaint(await participant());
    delete body[field];
    const refused = await post('/cases', body);
    expect(refused).toMatchObject({ status: 422, body: { field: named } });
    expect(refused.body.rule).toMatch(/^VS-(3\.1|5\.1)$/);
  });

  it('VS-3.1(b) a Participant not listing VeraSafe for the Framework is recorded as such at filing: the condition unmet, the complaint filed', async () => {
    const caseId = await file(vsComplaint(await participant(['us-swiss-safe-harbor'])));
    expect(await read(caseId)).toMatchObject({ status: 'open', eligibility: { 'participating-business': { met: false, rule: 'VS-3.1' } } });
    const unknown = await file(vsComplaint('no-such-business'));
    expect(await read(unknown)).toMatchObject({ eligibility: { 'participating-business': { met: false } } });
  });

  /** Twelve at filing: VS-5.1 found unmet at filing; the Ineligibility Determination closes "Ineligible" (VS-5.5). */
  async function ineligibleCase(): Promise<string> {
    const caseId = await file(vsComplaint(await participant(), { complainantAge: { age: 12 } }));
    expect(await read(caseId)).toMatchObject({ eligibility: { 'eligible-complainant': { met: false, rule: 'VS-5.1' } } });
    await ok(`/cases/${caseId}/ineligibility`, { condition: 'eligible-complainant', reason: 'twelve at filing, as stated' });
    expect(await read(caseId)).toMatchObject({ status: 'closed', closure: { reason: 'ineligible', rule: 'VS-5.5', label: 'Ineligible' } });
    return caseId;
  }
  const APPEAL = { party: 'complainant', grounds: 'I mistyped my age: I was thirteen at filing', evidence: 'a copy of my passport' };

  it('VS-5.5(a) ineligible, appealed in time with Credible Evidence of a material error, re-examined and docketed', async () => {
    const caseId = await ineligibleCase();
    await ok(`/cases/${caseId}/closure-appeals`, APPEAL, complainantOf(caseId));
    await ok(`/cases/${caseId}/closure-appeals/decision`, { decision: 'granted', reasons: 'the passport shows thirteen at filing' });
    expect(await read(caseId)).toMatchObject({ status: 'open', stage: 'eligibility-review' });
    // The re-examination: VeraSafe revises the finding on the evidence, judges the rest, and dockets.
    await ok(`/cases/${caseId}/eligibility-findings`, { condition: 'eligible-complainant', met: true, note: 'thirteen at filing per passport' });
    await judgeTheRest(caseId);
    await ok(`/cases/${caseId}/docketing`, {});
    expect((await events(caseId)).map((event) => event.type)).toEqual(expect.arrayContaining(['ClosureAppealed', 'CaseReopened', 'CaseDocketed']));
  });

  it('VS-5.5(a) a granted appeal re-examined and determined ineligible again is the final determination', async () => {
    const caseId = await ineligibleCase();
    await ok(`/cases/${caseId}/closure-appeals`, APPEAL, complainantOf(caseId));
    await ok(`/cases/${caseId}/closure-appeals/decision`, { decision: 'granted', reasons: 'to be re-examined' });
    await ok(`/cases/${caseId}/ineligibility`, { condition: 'eligible-complainant', reason: 'the passport shows twelve' });
    const final = await read(caseId);
    expect(final).toMatchObject({ status: 'closed', closure: { reason: 'ineligible', rule: 'VS-5.5' } });
    expect(final.nextActions).toEqual([]);
  });

  it('VS-5.5(a) an appeal without Credible Evidence is refused; one upheld makes "Ineligible" final', async () => {
    const caseId = await ineligibleCase();
    expect(await post(`/cases/${caseId}/closure-appeals`, { party: 'complainant', grounds: 'wrong' }, complainantOf(caseId))).toMatchObject({ status: 422, body: { rule: 'VS-5.5', field: 'evidence' } });
    await ok(`/cases/${caseId}/closure-appeals`, APPEAL, complainantOf(caseId));
    await ok(`/cases/${caseId}/closure-appeals/decision`, { decision: 'upheld', reasons: 'the passport is not credible' });
    const final = await read(caseId);
    expect(final).toMatchObject({ status: 'closed', closure: { reason: 'ineligible', label: 'Ineligible' } });
    expect(final.nextActions).toEqual([]);
    expect(await post(`/cases/${caseId}/closure-appeals`, APPEAL, complainantOf(caseId))).toMatchObject({ status: 409, body: { rule: 'VS-5.5' } });
  });

  it('VS-5.3 no good-faith attempt: the Complainant is asked to try the Participant first and may re-file; no appeal is offered', async () => {
    const caseId = await file(vsComplaint(await participant()));
    await ok(`/cases/${caseId}/eligibility-findings`, { condition: 'good-faith-attempt', met: false, note: 'never contacted Acme' });
    await ok(`/cases/${caseId}/ineligibility`, { condition: 'good-faith-attempt', reason: 'no attempt to resolve directly' });
    const closed = await read(caseId);
    expect(closed).toMatchObject({ status: 'closed', closure: { rule: 'VS-5.3', label: 'Ineligible' } });
    expect(closed.nextActions).toEqual([]);
    const notice = (await events(caseId)).find((event) => event.type === 'NoticeSent')!;
    expect(notice.data).toMatchObject({ kind: 'try-participant-first', rule: 'VS-5.3', recipient: 'complainant' });
    // The re-filing after the attempt counts as allowed (VS-5.2).
    const refiled = await file(vsComplaint(await participant(), { filingHistory: { filedBefore: true, basis: 'after-direct-attempt' } }));
    expect(await read(refiled)).toMatchObject({ eligibility: { 'first-filing': { met: true } } });
  });

  it('VS-6.1 staff close for the Complainant\'s material breach: "Closed by Default", the Parties notified; a Party may not', async () => {
    const businessId = await participant();
    const caseId = await file(vsComplaint(businessId));
    await judgeTheRest(caseId);
    await ok(`/cases/${caseId}/docketing`, {});
    expect((await read(caseId)).nextActions).toEqual(expect.arrayContaining([expect.objectContaining({ command: 'CloseForComplainantBreach', by: 'administrator', rule: 'VS-6.1', href: `/cases/${caseId}/closure-by-default` })]));
    expect(await post(`/cases/${caseId}/closure-by-default`, { reasons: 'x' }, complainantOf(caseId))).toMatchObject({ status: 403 });
    expect(await post(`/cases/${caseId}/closure-by-default`, {})).toMatchObject({ status: 400 });
    await ok(`/cases/${caseId}/closure-by-default`, { reasons: 'abusive and threatening messages to the Participant' });
    expect(await read(caseId)).toMatchObject({ status: 'closed', closure: { reason: 'closed-by-default', rule: 'VS-6.1', label: 'Closed by Default' } });
    const stream = await events(caseId);
    expect(stream.find((event) => event.type === 'ComplainantBreachFound')!.data).toMatchObject({ rule: 'VS-6.1', reasons: 'abusive and threatening messages to the Participant' });
    const notices = stream.filter((event) => event.type === 'NoticeSent' && (event.data as { kind: string }).kind === 'outcome-closed-by-default');
    expect(notices.map((event) => (event.data as { recipient: string }).recipient).sort()).toEqual(['complainant', 'respondent']);
  });

  it('VS-11.1 translation is recorded for the Complainant who needs it; the Procedure stays in English', async () => {
    const caseId = await file(vsComplaint(await participant(), { complainant: { name: 'Ada Example', email: 'ada@example.eu', country: 'DE', filingAs: 'data-subject', preferredLanguage: 'de' } }));
    expect((await read(caseId)).nextActions).toEqual(expect.arrayContaining([expect.objectContaining({ command: 'RecordLanguageAssistance', rule: 'VS-11.1', about: { party: 'complainant' } })]));
    expect(await post(`/cases/${caseId}/language-assistance`, { party: 'respondent', language: 'de', kind: 'translation' })).toMatchObject({ status: 422, body: { rule: 'VS-11.1' } });
    await ok(`/cases/${caseId}/language-assistance`, { party: 'complainant', language: 'de', kind: 'translation' });
    expect((await events(caseId)).find((event) => event.type === 'LanguageAssistanceRecorded')!.data).toMatchObject({ rule: 'VS-11.1', party: 'complainant', language: 'de', proceedingsLanguage: 'en' });
  });

  it('VS-3.2 filing is free: the filing endpoint and its OpenAPI schema carry no fee or payment field, and one sent is refused', async () => {
    const served = await api.request('GET', '/openapi.json', { as: null });
    expect(served.status).toBe(200);
    const schemas = served.body.components.schemas as Record<string, { properties?: Record<string, unknown> }>;
    const filing = served.body.paths['/cases'].post;
    const reachable = new Set<string>();
    const visit = (node: unknown): void => {
      if (!node || typeof node !== 'object') return;
      for (const [key, value] of Object.entries(node)) {
        if (key === '$ref' && typeof value === 'string') {
          const name = value.split('/').at(-1)!;
          if (!reachable.has(name)) {
            reachable.add(name);
            visit(schemas[name]);
          }
        } else visit(value);
      }
    };
    visit(filing);
    expect(reachable).toContain('FileComplaintDto');
    const fields = [...reachable].flatMap((name) => Object.keys(schemas[name]?.properties ?? {}));
    expect(fields.length).toBeGreaterThan(10);
    expect(fields.filter((field) => /fee|pay|price|charge|remuneration|amount|card/i.test(field))).toEqual([]);
    expect(JSON.stringify(filing)).not.toMatch(/fee|payment|remuneration/i);
    // Unknown fields are refused: a client cannot even offer one.
    expect(await post('/cases', { ...vsComplaint(await participant()), filingFee: 0 })).toMatchObject({ status: 400 });
  });

  it('VS-5.4 information never provided within fifteen business days: the Complaint closes "Ineligible" and the Complainant is notified', async () => {
    const caseId = await file(vsComplaint(await participant()));
    const requested = await post(`/cases/${caseId}/information-requests`, { requested: 'the emails you received from Acme', channel: 'email' });
    expect(requested).toMatchObject({ status: 201, body: { requestId: 'information-response-1' } });
    expect((await post('/admin/clock', { now: '2026-07-15T12:00:00Z' }, CLOCK_KEEPER)).status).toBeLessThan(300);
    const closed = await read(caseId);
    expect(closed).toMatchObject({ status: 'closed', closure: { reason: 'ineligible', rule: 'VS-5.4', label: 'Ineligible' } });
    // VS-5.5(a) appeals an Ineligibility Determination only.
    expect(closed.nextActions).toEqual([]);
    const stream = await events(caseId);
    // VS-3.3: the notice is received on transmission.
    expect(stream.slice(-4).map((event) => event.type)).toEqual(['DeadlineLapsed', 'NoticeSent', 'NoticeDelivered', 'CaseClosed']);
    expect(stream.at(-3)!.data).toMatchObject({ kind: 'outcome-ineligible', rule: 'VS-5.4', recipient: 'complainant' });
  });
});
