import type { ApiHarness } from '../support/api-harness';
import { ADMIN, actor, removeDataDir } from '../support/api-harness';
import { type Action, startVeraSafeApi, VS_COMPLAINANT, VS_PARTICIPANT, verasafeRequests } from '../support/verasafe-scene';

// VeraSafe's Hearing Decision and its appeal through HTTP (VS-8.4(c), VS-9, VS-12.1): a hearing ending in a Reparation
// Order performed, and "Closed – No Action Taken" appealed to another officer who orders reparation.

const FACTS = [{ fact: 'Acme kept profiling the Complainant after the objection', finding: 'valid', analysis: 'The processing logs show profiling runs through June' }];
const ORDER = { substantiated: true, violatesFramework: true, findings: 'Profiling continued after the objection', reparationOrder: [{ kind: 'delete-personal-data', terms: 'delete the profile within 30 days' }, { kind: 'compensate-losses', terms: 'pay EUR 40' }] };
const NO_ACTION = { substantiated: false, violatesFramework: false, findings: 'The logs do not show profiling after the objection' };

describe('VeraSafe Hearing Decision and appeal through HTTP (VS-8.4c, VS-9)', () => {
  let api: ApiHarness;
  let businessId: string;
  const officers: Record<string, string> = {};
  const { post, ok, detail, hearingOfficerDesignated } = verasafeRequests(() => api, () => businessId);
  const stream = (caseId: string) => api.eventStore.readStream(`case-${caseId}`);
  const as = (name: string) => actor('hearing-officer', officers[name]!);

  beforeAll(async () => {
    ({ api, businessId } = await startVeraSafeApi());
    for (const [name, qualifications] of [['Vic Counsel', ['JD', 'bar-license']], ['Wen Appeals', ['CIPM']]] as const) {
      const enrolled = await api.request('POST', '/panelists', { body: { name, email: `${name.split(' ')[0]!.toLowerCase()}@example.com`, employer: `${name} LLP`, qualifications, confidentialityAgreementSignedOn: '2026-01-15' }, as: ADMIN });
      expect(enrolled.status).toBe(201);
      officers[name] = enrolled.body.panelistId;
    }
  });
  afterAll(async () => {
    await api.close();
    removeDataDir(api.dataDir);
  });

  /** Vic Counsel designated hearing officer and the analysis furnished (VS-7.4(iv), VS-8.1 to 8.4(b)). */
  async function readyForDecision(): Promise<string> {
    const { caseId } = await hearingOfficerDesignated(officers['Vic Counsel']!);
    await ok(`/cases/${caseId}/panelist/investigative-analysis`, { facts: FACTS });
    return caseId;
  }

  it('VS-8.4c VS-4.1 VS-12.1 the hearing officer orders reparation; the Parties are notified; VeraSafe confirms performance: "Closed by Performance of Reparation Order"', async () => {
    const caseId = await readyForDecision();
    expect(((await detail(caseId)).nextActions as Action[])).toEqual(expect.arrayContaining([
      expect.objectContaining({ command: 'IssueHearingDecision', by: 'panelist', rule: 'VS-8.4c', awaited: true, href: `/cases/${caseId}/hearing-decision` }),
    ]));
    // Only the appointed officer decides; a malformed decision is refused with nothing written.
    expect((await post(`/cases/${caseId}/hearing-decision`, ORDER)).status).toBe(403);
    expect((await post(`/cases/${caseId}/hearing-decision`, ORDER, VS_PARTICIPANT)).status).toBe(403);
    expect((await post(`/cases/${caseId}/hearing-decision`, ORDER, as('Wen Appeals'))).status).toBeGreaterThanOrEqual(403);
    const before = (await stream(caseId)).length;
    expect((await post(`/cases/${caseId}/hearing-decision`, { ...ORDER, reparationOrder: [{ kind: 'punitive-damages', terms: 'a million' }] }, as('Vic Counsel'))).body).toMatchObject({ statusCode: 422, rule: 'VS-4.1', field: 'reparationOrder[0].kind' });
    expect((await post(`/cases/${caseId}/hearing-decision`, { ...ORDER, reparationOrder: [] }, as('Vic Counsel'))).body).toMatchObject({ statusCode: 422, rule: 'VS-8.4c', field: 'reparationOrder' });
    expect((await post(`/cases/${caseId}/hearing-decision`, { ...ORDER, substantiated: 'yes' }, as('Vic Counsel'))).status).toBe(400);
    expect((await stream(caseId)).length).toBe(before);

    await ok(`/cases/${caseId}/hearing-decision`, ORDER, as('Vic Counsel'));
    const ordered = await detail(caseId);
    expect(ordered).toMatchObject({ status: 'open', stage: 'reparation-performance' });
    expect(Object.values(ordered.notices as Record<string, { kind: string; recipient: string }>).filter((notice) => notice.kind === 'reparation-order').map((notice) => notice.recipient)).toEqual(['complainant', 'respondent']);
    expect((await stream(caseId)).find((event) => event.type === 'HearingDecisionIssued')!.data).toMatchObject({ rule: 'VS-8.4c', outcome: 'reparation-order', officerId: officers['Vic Counsel'], reparationOrder: [expect.objectContaining({ kind: 'delete-personal-data' }), expect.objectContaining({ kind: 'compensate-losses', terms: 'pay EUR 40' })] });
    // A second decision is not the officer's to give.
    expect((await post(`/cases/${caseId}/hearing-decision`, ORDER, as('Vic Counsel'))).body).toMatchObject({ statusCode: 409, rule: 'VS-8.4c' });

    await ok(`/cases/${caseId}/performance/confirmation`, { verified: 'the profile is gone and EUR 40 was paid' });
    expect(await detail(caseId)).toMatchObject({ status: 'closed', closure: { label: 'Closed by Performance of Reparation Order' } });
  });

  it('VS-8.4c VS-9.1 VS-9.2 VS-9.3 VS-9.4 "Closed – No Action Taken" appealed with Credible Evidence, rebutted, heard by another officer, who orders reparation', async () => {
    const caseId = await readyForDecision();
    await ok(`/cases/${caseId}/hearing-decision`, NO_ACTION, as('Vic Counsel'));
    const closed = await detail(caseId);
    expect(closed).toMatchObject({ status: 'closed', closure: { label: 'Closed – No Action Taken' } });
    expect((closed.nextActions as Action[]).map((action) => [action.command, action.by, action.rule])).toEqual([['AppealClosure', 'complainant', 'VS-9.1']]);

    // VS-9.1: the brief of the procedural error and Credible Evidence of it; VeraSafe accepts.
    expect((await post(`/cases/${caseId}/closure-appeals`, { party: 'complainant', grounds: 'my exhibits never reached the officer' }, VS_COMPLAINANT)).body).toMatchObject({ statusCode: 422, rule: 'VS-9.1', field: 'evidence' });
    await ok(`/cases/${caseId}/closure-appeals`, { party: 'complainant', grounds: 'my exhibits never reached the officer', evidence: 'the transmission receipt' }, VS_COMPLAINANT);
    await ok(`/cases/${caseId}/closure-appeals/decision`, { decision: 'granted', reasons: 'the receipt is Credible Evidence of a procedural error' });
    const reopened = await detail(caseId);
    expect(reopened).toMatchObject({ status: 'open', stage: 'appeal-rebuttal', deadlines: { 'appeal-rebuttal-1': { rule: 'VS-9.2' } } });
    const forwarded = Object.values(reopened.notices as Record<string, { kind: string; recipient: string; sentAt: string }>).filter((notice) => notice.kind === 'appeal-brief-forwarded');
    expect(forwarded.map((notice) => notice.recipient)).toEqual(['respondent']);

    // VS-9.2: the Participant's rebuttal; VS-9.3: not the hearing officer, and qualified.
    await ok(`/cases/${caseId}/submissions/participant-appeal-rebuttal`, { filedBy: 'respondent', receivedAt: forwarded[0]!.sentAt, summary: 'the exhibits add nothing' }, VS_PARTICIPANT);
    expect(await detail(caseId)).toMatchObject({ stage: 'awaiting-appellate-officer' });
    expect((await post(`/cases/${caseId}/panel/designation`, { panelistId: officers['Vic Counsel'] })).body).toMatchObject({ statusCode: 409, rule: 'VS-9.3', field: 'panelistId' });
    // An officer sees only the complaints they are appointed to.
    expect([403, 404]).toContain((await api.request('GET', `/cases/${caseId}`, { as: as('Wen Appeals') })).status);
    await ok(`/cases/${caseId}/panel/designation`, { panelistId: officers['Wen Appeals'] });
    expect(await detail(caseId)).toMatchObject({ stage: 'appellate-officer-appointed', panelist: { panelistId: officers['Wen Appeals'] } });
    expect((await api.request('GET', `/cases/${caseId}`, { as: as('Wen Appeals') })).status).toBe(200);

    // VS-9.4: the hearing officer no longer decides; the appellate officer orders reparation.
    expect((await post(`/cases/${caseId}/hearing-decision`, ORDER, as('Vic Counsel'))).status).toBeGreaterThanOrEqual(403);
    await ok(`/cases/${caseId}/hearing-decision`, ORDER, as('Wen Appeals'));
    expect(await detail(caseId)).toMatchObject({ status: 'open', stage: 'reparation-performance' });
    const decisions = (await stream(caseId)).filter((event) => event.type === 'HearingDecisionIssued').map((event) => event.data);
    expect(decisions).toEqual([
      expect.objectContaining({ rule: 'VS-8.4c', outcome: 'no-action-taken', officerId: officers['Vic Counsel'] }),
      expect.objectContaining({ rule: 'VS-9.4', outcome: 'reparation-order', officerId: officers['Wen Appeals'], role: 'appellate officer' }),
    ]);
  });

  it('VS-10.1 the Complainant withdraws during the Data Privacy Hearing: "Closed – Withdrawn", both Parties notified, the officer decides nothing more', async () => {
    const caseId = await readyForDecision();
    await ok(`/cases/${caseId}/withdrawal`, { reason: 'resolved with Acme' }, actor('complainant', 'ada', { caseId }));
    const closed = await detail(caseId);
    expect(closed).toMatchObject({ status: 'closed', closure: { reason: 'withdrawn', label: 'Closed – Withdrawn' } });
    expect(Object.values(closed.notices as Record<string, { kind: string; recipient: string }>).filter((notice) => notice.kind === 'outcome-withdrawn').map((notice) => notice.recipient).sort()).toEqual(['complainant', 'respondent']);
    expect((await post(`/cases/${caseId}/hearing-decision`, ORDER, as('Vic Counsel'))).status).toBe(409);
  });
});
