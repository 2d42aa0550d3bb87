import type { RecordedEvent } from '@pdr/event-sourcing';
import { ANNUAL_REPORT_COLLECTION, AnnualReportQueries, annualReportProjection, reportYearOf } from '@pdr/read-side';
import { MingoReadStore } from '@pdr/read-store-mingo';
import { BBB_REPORT, currentRulebook } from '@pdr/procedures';
import { revisedRulebook, withRegisteredRulebook } from '../../libs/procedures/src/rulebooks/registry.testing';

const metadata = { actorId: 'staff-1', actorRole: 'case-manager' as const, correlationId: 'c', causationId: 'k' };
let position = 0;
const recorded = (streamId: string, revision: number, type: string, data: unknown, recordedAt = '2026-06-01T12:00:00.000Z'): RecordedEvent => ({
  eventId: `${streamId}-${revision}`,
  type,
  schemaVersion: 1,
  data,
  metadata,
  streamId,
  revision,
  globalPosition: ++position,
  recordedAt,
});

const BBB = { id: 'bbb-eu-safe-harbor', version: '1' };
const VS = { id: 'verasafe-2016', version: '2016-10-24' };
const complainant = { name: 'Ada Example', email: 'ada@example.eu', country: 'FR', filingAs: 'data-subject' };
const filed = (caseId: string, receivedAt: string, rulebook = BBB) =>
  recorded(`case-${caseId}`, 0, 'ComplaintFiled', { caseId, rulebook, framework: 'us-eu-safe-harbor', receivedAt, channel: 'web-form', complainant, respondent: { name: 'Acme Analytics Inc.' }, allegation: 'x', outcomesSought: [] });
const contact = (contactId: string, receivedAt: string, rulebook = BBB) =>
  recorded(`contact-${contactId}`, 0, 'ContactRecorded', { contactId, rulebook, receivedAt, channel: 'email', potentialComplainant: { name: 'Bea Secret', email: 'bea@secret.eu' }, summary: 'asks' });
const closed = (caseId: string, revision: number, reason: string, closedAt: string) => recorded(`case-${caseId}`, revision, 'CaseClosed', { caseId, reason, rule: 'BBB-6', label: reason, closedAt });

const history: RecordedEvent[] = [
  // 31 Dec 2025, 23:30 in New York is 04:30Z on 1 Jan 2026: it belongs to 2025.
  contact('k-1', '2026-01-01T04:30:00Z'),
  // 1 Jan 2026, 00:30 in New York.
  contact('k-2', '2026-01-01T05:30:00Z'),
  contact('k-3', '2026-03-01T05:30:00Z', VS),
  filed('a', '2026-01-01T04:59:00Z'),
  filed('b', '2026-01-01T05:00:00Z'),
  recorded('case-b', 1, 'ComplaintFoundIneligible', { caseId: 'b', condition: 'good-faith-attempt', rule: 'BBB-2.3.2', reason: 'Ada never wrote to Acme', refilingAllowed: true }, '2026-02-01T12:00:00Z'),
  closed('b', 2, 'not-eligible', '2026-02-01T12:00:00Z'),
  filed('c', '2026-05-01T12:00:00Z'),
  recorded('case-c', 1, 'ComplaintFoundIneligible', { caseId: 'c', condition: 'good-faith-attempt', rule: 'BBB-2.3.2', reason: 'no attempt', refilingAllowed: true }, '2026-05-02T12:00:00Z'),
  closed('c', 2, 'not-eligible', '2026-05-02T12:00:00Z'),
  filed('d', '2026-05-01T12:00:00Z'),
  recorded('case-d', 1, 'ComplaintFoundIneligible', { caseId: 'd', condition: 'participating-business', rule: 'BBB-2.3', reason: 'lapsed', refilingAllowed: true }, '2026-05-02T12:00:00Z'),
  closed('d', 2, 'not-eligible', '2026-05-02T12:00:00Z'),
  // Case a, filed in 2025 (New York), docketed, defaulted and referred in 2026.
  recorded('case-a', 1, 'CaseDocketed', { caseId: 'a', rule: 'BBB-2.4a', docketedAt: '2026-01-05T15:00:00Z', stage: 'conciliation' }),
  recorded('case-a', 2, 'RespondentDefaultNoted', { caseId: 'a', rule: 'BBB-4.4.1', report: 'next-procedure-report', deadlineId: 'rebuttal-after-default-1', notedAt: '2026-03-01T15:00:00Z' }),
  recorded('case-a', 3, 'ReferralMade', {
    caseId: 'a',
    rule: 'BBB-8.8',
    reportRule: 'BBB-7.3',
    agency: { name: 'Federal Trade Commission' },
    respondent: { name: 'Acme Analytics Inc.' },
    summary: 'Ada Example was ignored',
    nature: 'marketing profile kept after objection',
    actionTaken: 'referred to the FTC',
    referredAt: '2026-04-01T15:00:00Z',
  }),
  closed('a', 4, 'referred', '2026-04-01T15:00:00Z'),
  // A VeraSafe complaint closed in 2026: not in the BBB report.
  filed('v', '2026-02-01T12:00:00Z', VS),
  closed('v', 1, 'withdrawn', '2026-02-02T12:00:00Z'),
];

describe('annual report projection (BBB-7.1, BBB-7.2, BBB-7.3)', () => {
  let store: MingoReadStore;
  const apply = async (events: readonly RecordedEvent[]) => {
    for (const event of events) {
      for (const write of annualReportProjection.project(event)) await store.collection(write.collection).bulkWrite([write.operation]);
    }
  };
  const all = async () => store.collection(ANNUAL_REPORT_COLLECTION).find({}, { sort: { _id: 1 } });

  beforeEach(() => {
    store = new MingoReadStore();
  });
  afterEach(() => store.close());

  it('BBB-7.1 replaying the history changes nothing (one fact per event or case)', async () => {
    await apply(history);
    const once = await all();
    await apply(history);
    await apply(history.slice(3, 9));
    expect(await all()).toEqual(once);
    expect(once).toHaveLength(history.length); // each of these events is one fact
  });

  it('BBB-7.1 dates facts by the year in New York time, not UTC', async () => {
    expect(reportYearOf('2026-01-01T04:59:59Z')).toBe(2025);
    expect(reportYearOf('2026-01-01T05:00:00Z')).toBe(2026);
    expect(reportYearOf('2026-12-31T23:30:00-05:00')).toBe(2026);
    expect(reportYearOf('2027-01-01T04:30:00Z')).toBe(2026);
    await apply(history);
    const facts = store.collection(ANNUAL_REPORT_COLLECTION);
    expect(await facts.findOne({ _id: 'contact:k-1' })).toMatchObject({ kind: 'contact', year: 2025, rulebookId: 'bbb-eu-safe-harbor' });
    expect(await facts.findOne({ _id: 'contact:k-2' })).toMatchObject({ year: 2026 });
    expect(await facts.findOne({ _id: 'case:a' })).toMatchObject({ kind: 'complaint-filed', year: 2025 });
    expect(await facts.findOne({ _id: 'case:b' })).toMatchObject({ kind: 'complaint-filed', year: 2026 });
  });

  it('BBB-7.1, BBB-7.2, BBB-7.3 aggregates a year for one rulebook, with no complainant data', async () => {
    await apply(history);
    const queries = new AnnualReportQueries(store);
    const report = await queries.report('bbb-eu-safe-harbor', 2026);
    expect(report).toMatchObject({
      statistics: { contacts: 1, complaintsFiled: 3, docketed: 1, ineligible: 3, referred: 1, withdrawn: 0, closed: 4, closedByReason: [{ reason: 'not-eligible', count: 3 }, { reason: 'referred', count: 1 }] },
      ineligibleByReason: { total: 3, reasons: [{ condition: 'good-faith-attempt', rule: 'BBB-2.3.2', count: 2 }, { condition: 'participating-business', count: 1 }] },
      referrals: { items: [{ respondent: 'Acme Analytics Inc.', agency: 'Federal Trade Commission', nature: 'marketing profile kept after objection', actionTaken: 'referred to the FTC', referredOn: '2026-04-01' }] },
      defaultsNoted: { count: 1 },
    });
    const text = JSON.stringify(await all()) + JSON.stringify(report);
    for (const secret of ['Ada', 'ada@example.eu', 'Bea Secret', 'bea@secret.eu', 'never wrote']) expect(text).not.toContain(secret);
    // BBB-7.1: only years with complaints have a report.
    expect((await queries.report('bbb-eu-safe-harbor', 2025))?.statistics).toMatchObject({ contacts: 1, complaintsFiled: 1, closed: 0 });
    expect(await queries.report('bbb-eu-safe-harbor', 2024)).toBeNull();
  });

  it('each section names the rule the rulebook gives it (ReportRules), not a literal of the query (issue 10)', async () => {
    await apply(history);
    const queries = new AnnualReportQueries(store);
    const report = await queries.report('bbb-eu-safe-harbor', 2026);
    expect(BBB_REPORT).toEqual({
      statistics: 'BBB-7.1', ineligibleByReason: 'BBB-7.2', referrals: 'BBB-7.3', decisionsPublished: 'BBB-4.6.4', defaultsNoted: 'BBB-4.4.1',
      noted: { reportRule: 'BBB-7.1', matters: { 'respondent-default': 'BBB-4.4.1', 'refused-corrective-action': 'BBB-4.6.4', noncompliance: 'BBB-5' } },
    });
    expect(report).toMatchObject({
      statistics: { rule: 'BBB-7.1' }, ineligibleByReason: { rule: 'BBB-7.2' }, referrals: { rule: 'BBB-7.3' }, decisionsPublished: { rule: 'BBB-4.6.4' }, defaultsNoted: { rule: 'BBB-4.4.1' },
      noted: { rule: 'BBB-7.1', matters: [{ matter: 'respondent-default', rule: 'BBB-4.4.1' }, { matter: 'refused-corrective-action', rule: 'BBB-4.6.4' }, { matter: 'noncompliance', rule: 'BBB-5' }] },
    });
    // The report is made under the rulebook's current version.
    const revised = revisedRulebook(currentRulebook('bbb-eu-safe-harbor')!, '2', { report: { ...BBB_REPORT, statistics: 'BBB-7.1 (2nd version)' } });
    const underRevised = await withRegisteredRulebook(revised, () => queries.report('bbb-eu-safe-harbor', 2026));
    expect(underRevised).toEqual({ ...report, statistics: { ...report!.statistics, rule: 'BBB-7.1 (2nd version)' } });
    // VeraSafe's report rules are VS-14.1's, not BBB-7's statistical report: `report` makes none for it (`procedureReport` does).
    expect(currentRulebook('verasafe-2016')!.report?.statistics).toBeUndefined();
    expect(await queries.report('verasafe-2016', 2026)).toBeNull();
  });

  describe('what the rules note for the next report, by matter (NotedForReport; BBB-4.4.1, BBB-4.6.4, BBB-5)', () => {
    const noted = (caseId: string, revision: number, matter: string, rule: string, deadlineId: string, notedAt: string) =>
      recorded(`case-${caseId}`, revision, 'NotedForReport', { caseId, matter, rule, reportRule: 'BBB-7.1', deadlineId, notedAt });
    const notes: RecordedEvent[] = [
      filed('n1', '2026-02-01T12:00:00Z'),
      filed('n2', '2026-02-01T12:00:00Z'),
      filed('n3', '2026-02-01T12:00:00Z'),
      filed('n4', '2026-02-01T12:00:00Z'),
      // Today's history: the event that carried the matter, and NotedForReport beside it: one fact.
      recorded('case-n1', 1, 'RespondentDefaultNoted', { caseId: 'n1', rule: 'BBB-4.4.1', report: 'next-procedure-report', deadlineId: 'rebuttal-after-default-1', notedAt: '2026-05-01T15:00:00Z' }),
      noted('n1', 2, 'respondent-default', 'BBB-4.4.1', 'rebuttal-after-default-1', '2026-05-01T15:00:00Z'),
      recorded('case-n2', 1, 'PerformanceNotCertified', { caseId: 'n2', rule: 'BBB-5', deadlineId: 'performance-certification-1', dueAt: '2026-05-02T03:59:59.999Z', observedAt: '2026-05-02T04:00:00Z' }),
      noted('n2', 2, 'noncompliance', 'BBB-5', 'performance-certification-1', '2026-05-02T04:00:00Z'),
      // History stored before NotedForReport: the old events alone still reach the report.
      recorded('case-n3', 1, 'DecisionCorrectiveActionNotCertified', { caseId: 'n3', rule: 'BBB-5', deadlineId: 'decision-certification-1', dueAt: '2026-06-02T03:59:59.999Z', report: 'next-procedure-report', observedAt: '2026-06-02T04:00:00Z' }),
      recorded('case-n4', 1, 'DecisionFlaggedForPublication', { caseId: 'n4', rule: 'BBB-4.6.4', publicationRule: 'BBB-7.3', report: 'next-procedure-report', deadlineId: 'notice-of-intent-1', flaggedAt: '2026-06-03T15:00:00Z' }),
    ];

    it('BBB-5 findings of noncompliance reach the report, counted by matter with the rule from the rulebook; the old events of stored history count once beside NotedForReport', async () => {
      await apply(notes);
      const once = await all();
      await apply(notes);
      expect(await all()).toEqual(once);
      const report = await new AnnualReportQueries(store).report('bbb-eu-safe-harbor', 2026);
      expect(report!.noted).toEqual({
        rule: 'BBB-7.1',
        total: 4,
        matters: [
          { matter: 'respondent-default', rule: 'BBB-4.4.1', count: 1 },
          { matter: 'refused-corrective-action', rule: 'BBB-4.6.4', count: 1 },
          { matter: 'noncompliance', rule: 'BBB-5', count: 2 },
        ],
      });
      expect(report!.defaultsNoted).toEqual({ rule: 'BBB-4.4.1', count: 1 });
      expect(report!.decisionsPublished.items).toHaveLength(1);
    });

    it('BBB-7.1 names no Party and no case: counts only (a Respondent is named only in a BBB-7.3 referral summary)', async () => {
      await apply(notes);
      const report = await new AnnualReportQueries(store).report('bbb-eu-safe-harbor', 2026);
      const section = JSON.stringify(report!.noted);
      for (const secret of ['Acme', 'Ada', 'n1', 'n2', 'n3', 'n4']) expect(section).not.toContain(secret);
    });

    it('which matters are noted is rulebook data: a version noting no noncompliance leaves it out of the report', async () => {
      await apply(notes);
      const queries = new AnnualReportQueries(store);
      const bbb = currentRulebook('bbb-eu-safe-harbor')!;
      const revised = revisedRulebook(bbb, '2', { report: { ...BBB_REPORT, noted: { reportRule: 'BBB-7.1', matters: { 'respondent-default': 'BBB-4.4.1' } } } });
      const report = await withRegisteredRulebook(revised, () => queries.report('bbb-eu-safe-harbor', 2026));
      expect(report!.noted).toEqual({ rule: 'BBB-7.1', total: 1, matters: [{ matter: 'respondent-default', rule: 'BBB-4.4.1', count: 1 }] });
    });
  });
});
