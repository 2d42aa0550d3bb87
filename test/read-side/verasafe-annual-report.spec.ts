import type { RecordedEvent } from '@pdr/event-sourcing';
import { ANNUAL_REPORT_COLLECTION, AnnualReportQueries, annualReportProjection } from '@pdr/read-side';
import { MingoReadStore } from '@pdr/read-store-mingo';
import { closuresIn, currentRulebook, isProcedureReport } from '@pdr/procedures';

// VeraSafe's Annual Procedure Report (VS-14.1, VS-14.2) from the log, through the annual report projection.

const metadata = { actorId: 'staff-1', actorRole: 'case-manager' as const, correlationId: 'c', causationId: 'k' };
let position = 0;
const recorded = (caseId: string, revision: number, type: string, data: Record<string, unknown>, recordedAt = '2026-06-01T12:00:00.000Z'): RecordedEvent => ({
  eventId: `case-${caseId}-${revision}`, type, schemaVersion: 1, data: { caseId, ...data }, metadata, streamId: `case-${caseId}`, revision, globalPosition: ++position, recordedAt,
});
const VS = { id: 'verasafe-2016', version: '2016-10-24' };
const SECRETS = ['Zoe Secret', 'zoe@secret.eu', 'sold my data to brokers', 'I wrote three times', 'a private apology', 'delete everything now'];
const filed = (caseId: string, receivedAt: string, outcomeKinds: string[], framework = 'eu-us-privacy-shield') =>
  recorded(caseId, 0, 'ComplaintFiled', {
    rulebook: VS, framework, receivedAt, channel: 'web-form', complainant: { name: 'Zoe Secret', email: 'zoe@secret.eu', country: 'FR', filingAs: 'data-subject' },
    respondent: { name: 'Acme Analytics Inc.' }, allegation: 'sold my data to brokers', facts: 'I wrote three times', outcomesSought: ['delete everything now'], outcomeKinds,
  });
const closed = (caseId: string, revision: number, closure: { reason: string; rule: string; label: string }, closedAt: string) => recorded(caseId, revision, 'CaseClosed', { ...closure, closedAt });
const outcomes = currentRulebook('verasafe-2016')!.outcomes as Record<string, { reason: string; rule: string; label: string; variants?: Record<string, { reason: string; rule: string; label: string }> }>;

const history: RecordedEvent[] = [
  // VS-5.4: the information never came.
  filed('lapse', '2026-02-02T15:00:00Z', ['delete-personal-data']),
  closed('lapse', 1, outcomes['ineligible']!.variants!['informationNotReceived']!, '2026-02-25T15:00:00Z'),
  // VS-5.5: an Ineligibility Determination on VS-5.1; appealed, reopened, found ineligible again and closed.
  filed('minor', '2026-03-02T15:00:00Z', ['cease-processing', 'other-thing'], 'us-swiss-safe-harbor'),
  recorded('minor', 1, 'ComplaintFoundIneligible', { condition: 'eligible-complainant', rule: 'VS-5.1', reason: 'Zoe Secret is twelve', refilingAllowed: true }, '2026-03-03T15:00:00Z'),
  closed('minor', 2, outcomes['ineligible']!, '2026-03-03T15:00:00Z'),
  recorded('minor', 3, 'CaseReopened', { rule: 'VS-5.5', reason: 'granted', stage: 'eligibility-review', reopenedAt: '2026-03-10T15:00:00Z' }),
  closed('minor', 4, outcomes['ineligible']!, '2026-03-20T15:00:00Z'),
  // VS-5.3: no direct attempt.
  filed('direct', '2026-03-02T15:00:00Z', ['delete-personal-data']),
  recorded('direct', 1, 'ComplaintFoundIneligible', { condition: 'good-faith-attempt', rule: 'VS-5.3', reason: 'never wrote', refilingAllowed: true }, '2026-03-04T15:00:00Z'),
  closed('direct', 2, outcomes['ineligible']!.variants!['noDirectAttempt']!, '2026-03-04T15:00:00Z'),
  // VS-7.1 a Response (admit fault), VS-7.4 (iii) a Settlement.
  filed('settled', '2026-04-01T15:00:00Z', ['delete-personal-data', 'compensate-losses']),
  recorded('settled', 1, 'SubmissionFiled', { slot: 'response-to-complaint', by: 'respondent', rule: 'VS-7.1', receivedAt: '2026-04-10T15:00:00Z', summary: 'a private apology', kind: 'admit-fault', afterDefault: false }),
  recorded('settled', 2, 'MediationOutcomeRecorded', { rule: 'VS-7.4', outcome: 'settlement', terms: 'a private apology', heldAt: '2026-05-01T15:00:00Z', recordedAt: '2026-05-01T16:00:00Z' }),
  // VS-7.4 (ii): the Participant absent: the older event and NotedForReport, one matter; then referred (VS-13).
  filed('absent', '2026-04-01T15:00:00Z', ['conforming-processing']),
  recorded('absent', 1, 'RespondentDefaultNoted', { rule: 'VS-7.4', report: 'next-procedure-report', deadlineId: '', notedAt: '2026-05-01T16:00:00Z' }),
  recorded('absent', 2, 'NotedForReport', { matter: 'respondent-absent', rule: 'VS-7.4', reportRule: 'VS-14.1', notedAt: '2026-05-01T16:00:00Z' }),
  recorded('absent', 3, 'ReferralMade', {
    rule: 'VS-13.1', reportRule: 'VS-13.3', agency: { name: 'Federal Trade Commission' }, respondent: { name: 'Acme Analytics Inc.' },
    summary: 'Zoe Secret was ignored', nature: 'absent from the Mediation Teleconference', actionTaken: 'referred', referredAt: '2026-06-01T15:00:00Z',
  }),
  closed('absent', 4, outcomes['referred']!, '2026-06-01T15:00:00Z'),
  // VS-7.2: no timely Response: noted once (the older event and NotedForReport share the lapse).
  filed('silent', '2026-04-01T15:00:00Z', ['delete-personal-data']),
  recorded('silent', 1, 'RespondentDefaultNoted', { rule: 'VS-7.1', report: 'next-procedure-report', deadlineId: 'response-to-complaint-1', notedAt: '2026-05-05T04:00:00Z' }),
  recorded('silent', 2, 'NotedForReport', { matter: 'respondent-default', rule: 'VS-7.2', reportRule: 'VS-14.1', deadlineId: 'response-to-complaint-1', notedAt: '2026-05-05T04:00:00Z' }),
  // Withdrawn, and Closed by Default (VS-7.3 variant).
  filed('withdrawn', '2026-05-01T15:00:00Z', ['delete-personal-data']),
  closed('withdrawn', 1, outcomes['withdrawn']!, '2026-05-04T15:00:00Z'),
  filed('default', '2026-05-01T15:00:00Z', ['delete-personal-data']),
  closed('default', 1, outcomes['closedByDefault']!.variants!['noTeleconferenceRequest']!, '2026-05-31T15:00:00Z'),
  // Filed in 2025 (New York), closed in 2026: closed in the period, not filed in it.
  filed('old', '2025-12-01T15:00:00Z', ['delete-personal-data']),
  closed('old', 1, outcomes['withdrawn']!, '2026-01-10T15:00:00Z'),
];

// VS-8.4(c), VS-9.4: Reparation Orders, a hearing's and an appellate hearing's (after "Closed – No Action Taken" was
// appealed and the case reopened); the findings and terms name the Complainant, which the report must never copy.
const hearingDecision = (caseId: string, revision: number, data: Record<string, unknown>) =>
  recorded(caseId, revision, 'HearingDecisionIssued', {
    name: 'the Hearing Decision', rule: 'VS-8.4c', officerId: 'officer-1', role: 'hearing-officer', standard: 'clear, convincing and satisfactory evidence',
    substantiated: true, violatesFramework: true, findings: 'Zoe Secret proved Acme sold my data to brokers', publicationRule: 'VS-15', ...data,
  }, data['issuedAt'] as string);
const required = (kind: string) => ({ kind, description: `the rulebook's ${kind}`, terms: `for Zoe Secret (zoe@secret.eu): ${kind}` });
const hearings: RecordedEvent[] = [
  filed('ordered', '2026-04-01T15:00:00Z', ['delete-personal-data', 'compensate-losses']),
  hearingDecision('ordered', 1, { outcome: 'reparation-order', reparationOrder: [required('delete-personal-data'), required('compensate-losses')], stage: 'reparation-performance', issuedAt: '2026-07-01T15:00:00Z' }),
  filed('appealed', '2026-04-01T15:00:00Z', ['cease-processing']),
  hearingDecision('appealed', 1, { substantiated: false, violatesFramework: false, outcome: 'no-action-taken', issuedAt: '2026-07-01T15:00:00Z' }),
  closed('appealed', 2, outcomes['noActionTaken']!, '2026-07-01T15:00:00Z'),
  recorded('appealed', 3, 'CaseReopened', { rule: 'VS-9.1', reason: 'no-action-taken', stage: 'appeal-rebuttal', reopenedAt: '2026-07-10T15:00:00Z' }),
  hearingDecision('appealed', 4, {
    name: 'the Appellate Hearing Decision', rule: 'VS-9.4', officerId: 'officer-2', role: 'appellate-officer', outcome: 'reparation-order',
    reparationOrder: [required('cease-processing')], stage: 'reparation-performance', issuedAt: '2026-09-01T15:00:00Z',
  }),
];

describe("VeraSafe's Annual Procedure Report from the log (VS-14.1, VS-14.2)", () => {
  let store: MingoReadStore;
  const apply = async (events: readonly RecordedEvent[]) => {
    for (const event of events) for (const write of annualReportProjection.project(event)) await store.collection(write.collection).bulkWrite([write.operation]);
  };
  const all = async () => store.collection(ANNUAL_REPORT_COLLECTION).find({}, { sort: { _id: 1 } });
  beforeEach(() => {
    store = new MingoReadStore();
  });
  afterEach(() => store.close());

  it('VS-14.1 the report rules are data: each section names VS-14.1 and its item; VS-14.2 anonymity; the matters VS-7.2, VS-7.4 (ii), VS-12.2 note', () => {
    const rules = currentRulebook('verasafe-2016')!.report!;
    expect(isProcedureReport(rules)).toBe(true);
    expect(rules).toMatchObject({
      anonymity: 'VS-14.2', outcomeTypes: { rule: 'VS-14.1', item: '(a)' }, natureOfComplaints: { rule: 'VS-14.1', item: '(b)' }, complaintsFiled: { rule: 'VS-14.1', item: '(c)' },
      settlementsAndReparationOrders: { rule: 'VS-14.1', item: '(c)(i)' }, ineligibleComplaints: { rule: 'VS-14.1', item: '(c)(ii)' }, referralSummaries: { rule: 'VS-14.1', item: '(c)(iii)' },
      timeToClose: { rule: 'VS-14.1', item: '(d)' }, noted: { reportRule: 'VS-14.1', matters: { 'respondent-default': 'VS-7.2', 'respondent-absent': 'VS-7.4', noncompliance: 'VS-12.2' } },
    });
  });

  it('VS-14.1 replaying the history changes nothing; a matter noted by the older event and NotedForReport is one fact, NotedForReport\'s matter prevailing', async () => {
    await apply(history);
    const once = await all();
    await apply(history);
    await apply(history.slice(10, 20));
    expect(await all()).toEqual(once);
    expect(once.filter((fact) => fact['kind'] === 'noted').map((fact) => [fact['caseId'], fact['matter']])).toEqual([
      ['absent', 'respondent-absent'],
      ['silent', 'respondent-default'],
    ]);
  });

  it('VS-14.1 (a) to (d): every outcome of the catalogue, the nature and number filed, Settlements and Reparation Orders, ineligible by reason, referrals, time to close', async () => {
    await apply(history);
    const report = (await new AnnualReportQueries(store).annual('verasafe-2016', 2026)) as Awaited<ReturnType<AnnualReportQueries['procedureReport']>>;
    expect(report).not.toBeNull();
    const byOutcome = Object.fromEntries(report!.outcomeTypes.outcomes.map((o) => [o.outcome, [o.label, o.count]]));
    expect(byOutcome).toEqual({
      ineligible: ['Ineligible', 3], closedByDefault: ['Closed by Default', 1], noActionTaken: ['Closed – No Action Taken', 0], withdrawn: ['Closed – Withdrawn', 2],
      closedBySettlement: ['Closed by Settlement', 0], closedByReparationOrder: ['Closed by Performance of Reparation Order', 0], referred: ['Closed by Referral to Regulatory Agency', 1],
    });
    // Every closure of the catalogue (variants included) rolls up into one of its outcomes.
    expect(closuresIn(currentRulebook('verasafe-2016')!.outcomes).length).toBeGreaterThan(report!.outcomeTypes.outcomes.length);
    expect(report!.outcomeTypes).toMatchObject({ rule: 'VS-14.1', item: '(a)', total: 7 });

    expect(report!.complaintsFiled).toEqual({ rule: 'VS-14.1', item: '(c)', count: 8 });
    expect(report!.natureOfComplaints.byFramework).toEqual([
      { framework: 'eu-us-privacy-shield', title: 'EU-U.S. Privacy Shield Framework', count: 7 },
      { framework: 'us-eu-safe-harbor', title: 'U.S.-EU Safe Harbor Framework', count: 0 },
      { framework: 'us-swiss-safe-harbor', title: 'U.S.-Swiss Safe Harbor Framework', count: 1 },
    ]);
    const sought = Object.fromEntries(report!.natureOfComplaints.byPermittedOutcomeSought.outcomes.map((o) => [o.outcome, o.count]));
    expect(sought).toEqual({
      'reverse-or-correct': 0, 'conforming-processing': 1, 'cease-processing': 1, 'delete-personal-data': 6, 'suspend-seal-license': 0, 'compensate-losses': 1, 'other-injunctive-order': 0, 'outside-permitted-outcomes': 1,
    });
    expect(report!.natureOfComplaints.responsesByKind).toEqual([{ slot: 'response-to-complaint', rule: 'VS-7.1', kinds: [expect.objectContaining({ kind: 'defend', count: 0 }), expect.objectContaining({ kind: 'dispute', count: 0 }), expect.objectContaining({ kind: 'admit-fault', count: 1 })] }]);

    const { settlements, reparationOrders } = report!.settlementsAndReparationOrders;
    expect(settlements.total).toBe(1);
    expect(settlements.byPermittedOutcome.filter((o) => o.count > 0).map((o) => o.outcome)).toEqual(['delete-personal-data', 'compensate-losses']);
    // No Reparation Order in this history (the Hearing Decisions' test below has them): zero, every Permitted Outcome listed.
    expect(reparationOrders.total).toBe(0);
    expect(reparationOrders.byPermittedOutcome.every((o) => o.count === 0)).toBe(true);

    const reasons = Object.fromEntries(report!.ineligibleComplaints.reasons.map((r) => [r.reason, [r.rule, r.count]]));
    expect(reasons).toMatchObject({ 'eligible-complainant': ['VS-5.1', 1], 'good-faith-attempt': ['VS-5.3', 1], 'information-not-received': ['VS-5.4', 1], 'participating-business': ['VS-3.1', 0] });
    expect(report!.ineligibleComplaints.total).toBe(3);

    expect(report!.referralSummaries.items).toEqual([
      expect.objectContaining({ participant: 'Acme Analytics Inc.', agency: 'Federal Trade Commission', nature: 'absent from the Mediation Teleconference', outcome: 'Closed by Referral to Regulatory Agency', referredOn: '2026-06-01' }),
    ]);
    expect(report!.referralSummaries.items[0]!.summary).toContain('Acme Analytics Inc.');

    // Calendar days, New York dates: lapse 23, minor 18 (its undone closure does not count), direct 2, absent 61, withdrawn 3, default 30, old 40.
    expect(report!.timeToClose).toEqual({ rule: 'VS-14.1', item: '(d)', unit: 'calendar-days', closed: 7, minimum: 2, maximum: 61, average: 25.3 });
    expect(report!.noted).toEqual({
      rule: 'VS-14.1', total: 2,
      matters: [{ matter: 'respondent-default', rule: 'VS-7.2', count: 1 }, { matter: 'respondent-absent', rule: 'VS-7.4', count: 1 }, { matter: 'noncompliance', rule: 'VS-12.2', count: 0 }],
    });
  });

  it('VS-14.2 aggregate and anonymous: neither the report nor the stored facts hold a Complainant\'s name, email, allegation, facts, outcomes sought, a Settlement\'s terms or staff\'s summary', async () => {
    await apply(history);
    const report = await new AnnualReportQueries(store).annual('verasafe-2016', 2026);
    const text = JSON.stringify(report) + JSON.stringify(await all());
    for (const secret of [...SECRETS, 'other-thing', 'Zoe']) expect(text).not.toContain(secret);
  });

  it('VS-14.1 (c)(i), VS-8.4c, VS-9.4: Reparation Orders, a hearing\'s and an appellate hearing\'s, counted by number and by the Permitted Outcomes they require; No Action Taken is an outcome, not an order', async () => {
    await apply([...history, ...hearings]);
    const report = (await new AnnualReportQueries(store).annual('verasafe-2016', 2026)) as Awaited<ReturnType<AnnualReportQueries['procedureReport']>>;
    const { reparationOrders, settlements } = report!.settlementsAndReparationOrders;
    expect(reparationOrders.total).toBe(2);
    const required = Object.fromEntries(reparationOrders.byPermittedOutcome.map((o) => [o.outcome, o.count]));
    expect(required).toEqual({
      'reverse-or-correct': 0, 'conforming-processing': 0, 'cease-processing': 1, 'delete-personal-data': 1, 'suspend-seal-license': 0, 'compensate-losses': 1, 'other-injunctive-order': 0, 'outside-permitted-outcomes': 0,
    });
    expect(reparationOrders.byFramework.find((f) => f.framework === 'eu-us-privacy-shield')!.count).toBe(2);
    expect(settlements.total).toBe(1);
    // The "Closed – No Action Taken" the appeal reopened is no outcome of the year: the case went on to its order.
    expect(report!.outcomeTypes.outcomes.find((o) => o.outcome === 'noActionTaken')!.count).toBe(0);
    // Each order is one fact, by the rule it was issued under; a replay adds none.
    const facts = async () => (await all()).filter((fact) => fact['kind'] === 'reparation-order').map((fact) => [fact['caseId'], fact['rule'], fact['permittedOutcomes']]);
    const once = await facts();
    expect(once).toEqual([
      ['appealed', 'VS-9.4', ['cease-processing']],
      ['ordered', 'VS-8.4c', ['delete-personal-data', 'compensate-losses']],
    ]);
    await apply(hearings);
    expect(await facts()).toEqual(once);
  });

  it('VS-14.2 aggregate and anonymous with Reparation Orders: neither the report nor the stored facts copy a Hearing Decision\'s findings or an order\'s terms naming the Complainant', async () => {
    await apply([...history, ...hearings]);
    const report = await new AnnualReportQueries(store).annual('verasafe-2016', 2026);
    expect((report as Awaited<ReturnType<AnnualReportQueries['procedureReport']>>)!.settlementsAndReparationOrders.reparationOrders.total).toBe(2);
    const text = JSON.stringify(report) + JSON.stringify(await all());
    for (const secret of [...SECRETS, 'other-thing', 'Zoe', 'zoe@', 'Acme sold', 'officer-1', 'officer-2']) expect(text).not.toContain(secret);
  });

  it('VS-14.1 a year with nothing filed still has its report, every figure zero', async () => {
    const report = await new AnnualReportQueries(store).procedureReport('verasafe-2016', 2030);
    expect(report).toMatchObject({ complaintsFiled: { count: 0 }, outcomeTypes: { total: 0 }, timeToClose: { closed: 0, minimum: null, maximum: null, average: null } });
    expect(await new AnnualReportQueries(store).procedureReport('bbb-eu-safe-harbor', 2026)).toBeNull();
  });
});
