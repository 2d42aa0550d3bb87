import { type ApiHarness, actor, complaint, removeDataDir, STAFF } from '../support/api-harness';
import { type Action, startVeraSafeApi, VERASAFE_COMPLAINT, VS_PARTICIPANT, verasafeRequests } from '../support/verasafe-scene';

// VeraSafe's Annual Procedure Report through HTTP (VS-14.1, VS-14.2) and what the service publishes (VS-15): a year of
// VeraSafe complaints built step by step, each by another Complainant, every outcome of the catalogue reached, then
// GET /reports/annual for verasafe-2016; a BBB complaint filed in the same service beside them (both rulebooks side by side).

interface Person { name: string; email: string; allegation: string; facts: string; harm: string; outcomesSought: string[] }
const person = (name: string, email: string, allegation: string): Person => ({
  name, email, allegation, facts: `${name} wrote to Acme on 3 March about ${allegation}`, harm: `${name} lost sleep`, outcomesSought: [`${name} wants it gone`],
});
const PEOPLE = {
  lapse: person('Lena Lapse', 'lena.lapse@example.eu', 'tracking pixels in every newsletter'),
  determination: person('Dario Determined', 'dario.d@example.it', 'profile sold to a data broker'),
  withdrawn: person('Wanda Withdrew', 'wanda@example.de', 'location history kept after deletion request'),
  settled: person('Sami Settled', 'sami.settled@example.fi', 'health survey answers shared with advertisers'),
  defaulted: person('Boris Breach', 'boris.breach@example.pl', 'voice recordings transcribed without consent'),
  referred: person('Rita Referred', 'rita.r@example.es', 'biometric template never deleted'),
  ordered: person('Otto Ordered', 'otto.o@example.at', 'profiling after an objection'),
  noAction: person('Nina Noaction', 'nina.n@example.be', 'cookies set before consent'),
  appealed: person('Arto Appealed', 'arto.a@example.fi', 'marketing emails after unsubscribing'),
};
const REFER = {
  agency: { name: 'Federal Trade Commission' }, respondentName: 'Acme Analytics Inc.', nature: 'refusal to take part in the Procedure',
  summary: 'Acme Analytics Inc. refused to comply with the Procedure', reason: 'the Participant refuses to comply with the Procedure',
};
const DAY = new Intl.DateTimeFormat('en-CA', { timeZone: 'America/New_York', year: 'numeric', month: '2-digit', day: '2-digit' });
const days = (from: string, to: string) => Math.round((Date.parse(DAY.format(new Date(to))) - Date.parse(DAY.format(new Date(from)))) / 86_400_000);

describe("VeraSafe's Annual Procedure Report through HTTP (VS-14.1, VS-14.2, VS-15)", () => {
  let api: ApiHarness;
  let businessId: string;
  const { post, ok, detail, advance, docket, scheduledTeleconference } = verasafeRequests(() => api, () => businessId);
  let bbbCase: string;
  const officers: Record<string, string> = {};
  const ORDER = { substantiated: true, violatesFramework: true, findings: 'substantiated: a violation', reparationOrder: [{ kind: 'cease-processing', terms: 'stop within 10 days' }, { kind: 'compensate-losses', terms: 'pay EUR 40' }] };
  const NO_ACTION = { substantiated: false, violatesFramework: false, findings: 'not substantiated' };
  const cases: Record<keyof typeof PEOPLE, string> = {} as Record<keyof typeof PEOPLE, string>;
  let report: Record<string, any>;

  const file = async (who: Person, outcomeKinds: string[], framework = 'eu-us-privacy-shield'): Promise<string> => {
    const filed = await post('/cases', complaint({
      ...VERASAFE_COMPLAINT, framework, receivedAt: '2026-06-01T09:00:00Z', complainant: { name: who.name, email: who.email, country: 'FR', filingAs: 'data-subject' },
      allegation: who.allegation, facts: who.facts, harm: who.harm, outcomesSought: outcomeKinds.map((_, i) => `${who.outcomesSought[0]} (${i + 1})`), outcomeKinds,
    }));
    if (filed.status !== 201) throw new Error(`filing: ${filed.status} ${JSON.stringify(filed.body)}`);
    return filed.body.caseId as string;
  };
  const readReport = async (year: number) =>
    api.request('GET', `/reports/annual?rulebookId=verasafe-2016&year=${year}`, { as: STAFF, headers: { 'x-min-position': String(await api.eventStore.headPosition()) } });

  beforeAll(async () => {
    ({ api, businessId } = await startVeraSafeApi());
    // VS-5.4: information requested, never received.
    cases.lapse = await file(PEOPLE.lapse, ['delete-personal-data']);
    await ok(`/cases/${cases.lapse}/information-requests`, { requested: 'the newsletters you received', channel: 'email' });
    // VS-5.5: an Ineligibility Determination (previously resolved elsewhere).
    cases.determination = await file(PEOPLE.determination, ['cease-processing', 'compensate-losses'], 'us-swiss-safe-harbor');
    await ok(`/cases/${cases.determination}/eligibility-findings`, { condition: 'not-previously-resolved', met: false, note: 'settled in court in 2025' });
    await ok(`/cases/${cases.determination}/ineligibility`, { condition: 'not-previously-resolved', reason: 'resolved by a court in 2025' });
    // VS-10.1: withdrawn.
    cases.withdrawn = await file(PEOPLE.withdrawn, ['delete-personal-data']);
    await ok(`/cases/${cases.withdrawn}/withdrawal`, { reason: 'resolved with Acme' }, actor('complainant', 'wanda', { caseId: cases.withdrawn }));
    // VS-6.1: Closed by Default.
    cases.defaulted = await file(PEOPLE.defaulted, ['other-injunctive-order']);
    await ok(`/cases/${cases.defaulted}/closure-by-default`, { reasons: 'abusive messages to the Participant' });
    // VS-7.1 a Response admitting fault, VS-7.3(a) a request, VS-7.4 the teleconference, then (iii) a Settlement.
    cases.settled = await file(PEOPLE.settled, ['delete-personal-data', 'compensate-losses']);
    await docket(cases.settled);
    await ok(`/cases/${cases.settled}/submissions/response-to-complaint`, { filedBy: 'respondent', receivedAt: '2026-06-01T12:00:00Z', summary: 'we admit it and will fix it', submissionKind: 'admit-fault' }, VS_PARTICIPANT);
    await ok(`/cases/${cases.settled}/submissions/teleconference-request`, { filedBy: 'complainant', receivedAt: '2026-06-01T12:00:00Z', summary: 'a teleconference, please' }, actor('complainant', 'sami', { caseId: cases.settled }));
    await ok(`/cases/${cases.settled}/mediation/mediator`, { mediatorName: 'Mira Mediator' });
    await ok(`/cases/${cases.settled}/mediation/teleconference`, { scheduledFor: '2026-06-17T15:00:00Z' });
    // VS-13.1 (1): the Participant refuses to comply; referred (VS-13.2 notice, 10 business days, VS-13.3).
    cases.referred = await file(PEOPLE.referred, ['suspend-seal-license']);
    await docket(cases.referred);
    await ok(`/cases/${cases.referred}/refusal`, { reason: 'refuses-to-comply-with-procedure', party: 'respondent', details: 'Acme will not take part' });
    await ok(`/cases/${cases.referred}/referral/decision-to-refer`, REFER);
    // VS-8 to VS-9: three hearings, each after a teleconference without Settlement, before officers VeraSafe designates.
    for (const [name, qualifications] of [['Vic Counsel', ['JD']], ['Wen Appeals', ['CIPM']]] as const) {
      const enrolled = await post('/panelists', { name, email: `${name.split(' ')[0]!.toLowerCase()}@example.com`, employer: `${name} LLP`, qualifications, confidentialityAgreementSignedOn: '2026-01-15' }, actor('administrator', 'admin-1'));
      officers[name] = enrolled.body.panelistId;
    }
    const heard: (keyof typeof PEOPLE)[] = ['ordered', 'noAction', 'appealed'];
    for (const key of heard) {
      cases[key] = await file(PEOPLE[key], ['cease-processing']);
      await docket(cases[key]);
    }
    const held = Math.max(...(await Promise.all(heard.map((key) => scheduledTeleconference(cases[key])))));
    const now = new Date(held + 3_600_000).toISOString();
    await advance(now);
    const vic = actor('hearing-officer', officers['Vic Counsel']!);
    for (const key of heard) {
      const caseId = cases[key];
      await ok(`/cases/${caseId}/mediation/outcome`, { outcome: 'no-settlement' });
      await ok(`/cases/${caseId}/hearing-request`, { requestedBy: 'complainant', remedies: [{ kind: 'cease-processing' }], brief: `${PEOPLE[key].name}'s brief` }, actor('complainant', key, { caseId }));
      await ok(`/cases/${caseId}/submissions/participant-rebuttal`, { filedBy: 'respondent', receivedAt: now, summary: 'our rebuttal' }, VS_PARTICIPANT);
      await ok(`/cases/${caseId}/panel/designation`, { panelistId: officers['Vic Counsel'] });
      await ok(`/cases/${caseId}/panelist/investigative-analysis`, { facts: [{ fact: PEOPLE[key].allegation, finding: 'valid', analysis: 'the logs show it' }] });
      await ok(`/cases/${caseId}/hearing-decision`, key === 'ordered' ? ORDER : NO_ACTION, vic);
    }
    // VS-12.1 the Reparation Order performed; VS-9 "Closed – No Action Taken" appealed and reversed by another officer.
    await ok(`/cases/${cases.ordered}/performance/confirmation`, { verified: 'processing stopped, EUR 40 paid' });
    await ok(`/cases/${cases.appealed}/closure-appeals`, { party: 'complainant', grounds: 'the rebuttal reached the officer after the time limit', evidence: 'the transmission log' }, actor('complainant', 'appealed', { caseId: cases.appealed }));
    await ok(`/cases/${cases.appealed}/closure-appeals/decision`, { decision: 'granted', reasons: 'Credible Evidence of a procedural error' });
    await ok(`/cases/${cases.appealed}/submissions/participant-appeal-rebuttal`, { filedBy: 'respondent', receivedAt: now, summary: 'no error' }, VS_PARTICIPANT);
    await ok(`/cases/${cases.appealed}/panel/designation`, { panelistId: officers['Wen Appeals'] });
    await ok(`/cases/${cases.appealed}/hearing-decision`, ORDER, actor('hearing-officer', officers['Wen Appeals']!));
    // Both rulebooks in one service: a BBB complaint against the same business, counted in BBB's report only.
    const bbb = await post('/cases', complaint({ rulebookId: 'bbb-eu-safe-harbor', receivedAt: '2026-06-02T09:00:00Z', respondent: { name: 'Acme' }, complainant: { name: 'Bea Bbb', email: 'bea@example.eu', country: 'DE', filingAs: 'data-subject' } }));
    bbbCase = bbb.body.caseId as string;

    await advance('2026-06-17T16:00:00Z');
    await ok(`/cases/${cases.settled}/mediation/outcome`, { outcome: 'settlement', terms: `Acme pays ${PEOPLE.settled.name} and deletes the answers` });
    await ok(`/cases/${cases.settled}/mediation/settlement-terms`, {});
    // Past the VS-5.4 15 business days and the VS-13.2 cure period.
    await advance('2026-06-25T12:00:00Z');
    report = (await readReport(2026)).body;
  });
  afterAll(async () => {
    await api.close();
    removeDataDir(api.dataDir);
  });

  it('the journey closed each case as the report will count it', async () => {
    expect((await detail(cases.lapse)).closure).toMatchObject({ reason: 'ineligible', rule: 'VS-5.4' });
    expect((await detail(cases.determination)).closure).toMatchObject({ reason: 'ineligible', rule: 'VS-5.5' });
    expect((await detail(cases.withdrawn)).closure).toMatchObject({ reason: 'withdrawn' });
    expect((await detail(cases.defaulted)).closure).toMatchObject({ reason: 'closed-by-default', rule: 'VS-6.1' });
    expect((await detail(cases.referred)).closure).toMatchObject({ reason: 'referred', rule: 'VS-13.4' });
    expect(await detail(cases.settled)).toMatchObject({ status: 'open', stage: 'settlement-performance' });
    expect((await detail(cases.ordered)).closure).toMatchObject({ reason: 'closed-by-performance-of-reparation-order', label: 'Closed by Performance of Reparation Order' });
    expect((await detail(cases.noAction)).closure).toMatchObject({ reason: 'no-action-taken', rule: 'VS-8.4c', label: 'Closed – No Action Taken' });
    expect(await detail(cases.appealed)).toMatchObject({ status: 'open', stage: 'reparation-performance' });
    expect(await detail(bbbCase)).toMatchObject({ rulebook: { id: 'bbb-eu-safe-harbor' }, stage: 'eligibility-review' });
  });

  it('both rulebooks side by side: the BBB complaint is counted in BBB-7.1\'s statistics, not in VeraSafe\'s report', async () => {
    const bbb = await api.request('GET', '/reports/annual?rulebookId=bbb-eu-safe-harbor&year=2026', { as: STAFF, headers: { 'x-min-position': String(await api.eventStore.headPosition()) } });
    expect(bbb.status).toBe(200);
    expect(bbb.body).toMatchObject({ statistics: { complaintsFiled: 1 } });
    expect(report['complaintsFiled'].count).toBe(9);
  });

  it('VS-14.1 (a) every outcome of the catalogue with its exact label and count, zero included (variants rolled up)', () => {
    expect(report).toMatchObject({ rulebookId: 'verasafe-2016', year: 2026, timeZone: 'America/New_York', anonymity: { rule: 'VS-14.2' } });
    expect(report['outcomeTypes']).toEqual({
      rule: 'VS-14.1', item: '(a)', total: 7,
      outcomes: [
        { outcome: 'ineligible', reason: 'ineligible', rule: 'VS-5.5', label: 'Ineligible', count: 2 },
        { outcome: 'closedByDefault', reason: 'closed-by-default', rule: 'VS-6.1', label: 'Closed by Default', count: 1 },
        { outcome: 'noActionTaken', reason: 'no-action-taken', rule: 'VS-8.4c', label: 'Closed – No Action Taken', count: 1 },
        { outcome: 'withdrawn', reason: 'withdrawn', rule: 'VS-10.1', label: 'Closed – Withdrawn', count: 1 },
        { outcome: 'closedBySettlement', reason: 'closed-by-settlement', rule: 'VS-12.1', label: 'Closed by Settlement', count: 0 },
        { outcome: 'closedByReparationOrder', reason: 'closed-by-performance-of-reparation-order', rule: 'VS-12.1', label: 'Closed by Performance of Reparation Order', count: 1 },
        { outcome: 'referred', reason: 'referred', rule: 'VS-13.4', label: 'Closed by Referral to Regulatory Agency', count: 1 },
      ],
    });
  });

  it('VS-14.1 (b) (c) the complaints filed: their number, by Framework and by the Permitted Outcomes sought; the Responses by kind', () => {
    expect(report['complaintsFiled']).toEqual({ rule: 'VS-14.1', item: '(c)', count: 9 });
    const nature = report['natureOfComplaints'];
    expect(nature).toMatchObject({ rule: 'VS-14.1', item: '(b)', total: 9 });
    expect(nature.byFramework.map((f: { framework: string; count: number }) => [f.framework, f.count])).toEqual([['eu-us-privacy-shield', 8], ['us-eu-safe-harbor', 0], ['us-swiss-safe-harbor', 1]]);
    expect(Object.fromEntries(nature.byPermittedOutcomeSought.outcomes.map((o: { outcome: string; count: number }) => [o.outcome, o.count]))).toEqual({
      'reverse-or-correct': 0, 'conforming-processing': 0, 'cease-processing': 4, 'delete-personal-data': 3, 'suspend-seal-license': 1, 'compensate-losses': 2, 'other-injunctive-order': 1, 'outside-permitted-outcomes': 0,
    });
    expect(nature.byPermittedOutcomeSought.rule).toBe('VS-4.1');
    expect(nature.responsesByKind).toEqual([{ slot: 'response-to-complaint', rule: 'VS-7.1', kinds: [expect.objectContaining({ kind: 'defend', count: 3 }), expect.objectContaining({ kind: 'dispute', count: 0 }), expect.objectContaining({ kind: 'admit-fault', count: 1 })] }]);
  });

  it('VS-14.1 (c)(i) VS-8.4c VS-9.4 Settlements and Reparation Orders by number and nature: the hearing\'s and the appellate hearing\'s orders', () => {
    const section = report['settlementsAndReparationOrders'];
    expect(section).toMatchObject({ rule: 'VS-14.1', item: '(c)(i)', settlements: { total: 1 }, reparationOrders: { total: 2 } });
    expect(section.reparationOrders.byPermittedOutcome.filter((o: { count: number }) => o.count > 0).map((o: { outcome: string; count: number }) => [o.outcome, o.count])).toEqual([['cease-processing', 2], ['compensate-losses', 2]]);
    expect(section.settlements.byPermittedOutcome.filter((o: { count: number }) => o.count > 0).map((o: { outcome: string }) => o.outcome)).toEqual(['delete-personal-data', 'compensate-losses']);
    expect(section.settlements.byFramework.filter((f: { count: number }) => f.count > 0)).toEqual([expect.objectContaining({ framework: 'eu-us-privacy-shield', count: 1 })]);
  });

  it('VS-14.1 (c)(ii) ineligible complaints by the specific reason: the determination\'s condition and the VS-5.4 lapse', () => {
    const section = report['ineligibleComplaints'];
    expect(section).toMatchObject({ rule: 'VS-14.1', item: '(c)(ii)', total: 2 });
    const counted = section.reasons.filter((r: { count: number }) => r.count > 0).map((r: { reason: string; rule: string; count: number }) => [r.reason, r.rule, r.count]);
    expect(counted).toEqual([['not-previously-resolved', 'VS-5.2', 1], ['information-not-received', 'VS-5.4', 1]]);
    expect(section.reasons.map((r: { reason: string }) => r.reason)).toEqual(expect.arrayContaining(['eligible-complainant', 'participating-business', 'good-faith-attempt']));
  });

  it('VS-14.1 (c)(iii) each referral, with a summary naming the Participant, the nature and the outcome', () => {
    expect(report['referralSummaries']).toEqual({
      rule: 'VS-14.1', item: '(c)(iii)',
      items: [{
        participant: 'Acme Analytics Inc.', agency: 'Federal Trade Commission', nature: REFER.nature, outcome: 'Closed by Referral to Regulatory Agency', referredOn: expect.stringMatching(/^2026-06-/),
        summary: expect.stringContaining('Acme Analytics Inc.'),
      }],
    });
  });

  it('VS-14.1 (d) minimum, maximum and average time to close, in calendar days (New York dates) from receipt to closing', async () => {
    const durations: number[] = [];
    for (const caseId of Object.values(cases)) {
      const closed = (await api.eventStore.readStream(`case-${caseId}`)).filter((event) => event.type === 'CaseClosed').at(-1);
      // A closure an accepted appeal undid (VS-9.1) is not counted: the case is open again.
      if (closed && (await detail(caseId)).status === 'closed') durations.push(days('2026-06-01T09:00:00Z', (closed.data as { closedAt: string }).closedAt));
    }
    expect(durations).toHaveLength(7);
    const average = Math.round((durations.reduce((a, b) => a + b, 0) / durations.length) * 10) / 10;
    expect(report['timeToClose']).toEqual({ rule: 'VS-14.1', item: '(d)', unit: 'calendar-days', closed: 7, minimum: Math.min(...durations), maximum: Math.max(...durations), average });
    expect(Math.min(...durations)).toBe(0);
  });

  it('VS-14.1 the matters noted for the report are listed by the rule that notes them (none in this journey)', () => {
    expect(report['noted']).toEqual({
      rule: 'VS-14.1', total: 0,
      matters: [{ matter: 'respondent-default', rule: 'VS-7.2', count: 0 }, { matter: 'respondent-absent', rule: 'VS-7.4', count: 0 }, { matter: 'noncompliance', rule: 'VS-12.2', count: 0 }],
    });
  });

  it('VS-14.2 aggregate and anonymous: no Complainant\'s name, email, allegation, facts, harm or outcomes sought anywhere in the report, nor a Settlement\'s terms or a case id', () => {
    const text = JSON.stringify(report);
    for (const who of Object.values(PEOPLE)) {
      for (const secret of [who.name, who.email, who.allegation, who.facts, who.harm, who.outcomesSought[0]!, who.name.split(' ')[0]!, who.email.split('@')[0]!]) expect(text).not.toContain(secret);
    }
    expect(text).not.toContain('deletes the answers');
    for (const secret of ['stop within 10 days', 'substantiated: a violation', 'the logs show it', 'the transmission log']) expect(text).not.toContain(secret);
    for (const caseId of Object.values(cases)) expect(text).not.toContain(caseId);
  });

  it('VS-15 Hearing Decisions are the only public documents: the three heard cases are published, nothing of the others', async () => {
    const list = await api.request('GET', '/published-decisions', { as: null });
    expect(list.status).toBe(200);
    const heard = [cases.ordered, cases.noAction, cases.appealed];
    expect((list.body.items as { caseId: string }[]).map((item) => item.caseId).sort()).toEqual([...heard].sort());
    for (const [key, caseId] of Object.entries(cases)) {
      const published = await api.request('GET', `/published-decisions/${caseId}`, { as: null });
      if (heard.includes(caseId)) {
        expect(published.status).toBe(200);
        const who = PEOPLE[key as keyof typeof PEOPLE];
        for (const secret of [who.name, who.email, who.allegation]) expect(JSON.stringify(published.body)).not.toContain(secret);
      } else expect(published.body).toMatchObject({ statusCode: 404, field: 'caseId' });
    }
    expect(((await api.request('GET', `/published-decisions/${cases.appealed}`, { as: null })).body.hearingDecisions as { rule: string }[]).map((d) => d.rule)).toEqual(['VS-8.4c', 'VS-9.4']);
  });
});
