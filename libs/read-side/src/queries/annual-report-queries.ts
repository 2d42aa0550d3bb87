import type { ReadStore } from '@pdr/application';
import { currentRulebook, type NotedMatter, type ReportRules } from '@pdr/procedures';
import { ANNUAL_REPORT_COLLECTION, type AnnualReportFactDocument, REPORT_TIME_ZONE } from '../projections/annual-report.projection';

/**
 * The Annual Procedure Report (BBB-7.1 to BBB-7.3): aggregate statistics with no Party-specific
 * data, ineligible complaints by reason, and, for each referral, a summary naming the Respondent.
 * Each section names the rule it answers, from the rulebook's report rules (`ReportRules`).
 */
export type AnnualProcedureReport = {
  rulebookId: string;
  year: number;
  timeZone: string;
  /** BBB-7.1: contacts from the public and the actions taken on them, as counts only. */
  statistics: {
    rule: string;
    contacts: number;
    complaintsFiled: number;
    docketed: number;
    ineligible: number;
    settled: { total: number; withCorrectiveAction: number; withoutCorrectiveAction: number };
    decided: { total: number; withCorrectiveAction: number; withoutCorrectiveAction: number };
    referred: number;
    withdrawn: number;
    closed: number;
    /** BBB-6: closures by reason code. */
    closedByReason: Array<{ reason: string; label: string; count: number }>;
  };
  /** BBB-7.2: complaints found ineligible, by the failing condition. */
  ineligibleByReason: { rule: string; total: number; reasons: Array<{ condition: string; rule: string; count: number }> };
  /** BBB-7.3 / BBB-8.8: each referral, naming the Respondent, the nature of the Case and the action taken. */
  referrals: { rule: string; items: Array<{ respondent: string; agency: string; nature: string; actionTaken: string; referredOn: string }> };
  /** BBB-4.6.4: Decisions made public after a refusal to state an intent to comply. */
  decisionsPublished: { rule: string; items: Array<{ caseId: string; flaggedOn: string }> };
  /** BBB-4.4.1: Respondent defaults on the Rebuttal, noted in the report (the `respondent-default` matter of `noted`). */
  defaultsNoted: { rule: string; count: number };
  /**
   * What the rules say shall be noted in the next report (BBB-4.4.1 defaults, BBB-4.6.4 refusals of corrective action,
   * BBB-5 findings of noncompliance), counted by matter: every matter the rulebook notes, each with the rule that notes it.
   * Counts only, naming no Party (BBB-7.1): a Respondent is named only in the summary of a referral (BBB-7.3).
   */
  noted: { rule: string; total: number; matters: Array<{ matter: NotedMatter; rule: string; count: number }> };
};

const DATE_FORMAT = new Intl.DateTimeFormat('en-CA', { timeZone: REPORT_TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' });
const dayOf = (instant: string) => DATE_FORMAT.format(new Date(instant));

function tally<T>(items: readonly T[], key: (item: T) => string): Map<string, { first: T; count: number }> {
  const counts = new Map<string, { first: T; count: number }>();
  for (const item of items) {
    const k = key(item);
    const seen = counts.get(k);
    if (seen) seen.count += 1;
    else counts.set(k, { first: item, count: 1 });
  }
  return counts;
}

/**
 * The rules a rulebook's Annual Procedure Report is made under: those of its current version, the rules in force when
 * the report is made (a year's cases may run under several versions). None: the service makes no report under it.
 */
export function reportRulesOf(rulebookId: string): ReportRules | undefined {
  return currentRulebook(rulebookId)?.report;
}

export class AnnualReportQueries {
  constructor(private readonly store: ReadStore) {}

  /**
   * The report for a rulebook and a calendar year (New York time), or null when no complaint was filed that year (BBB-7.1)
   * or the rulebook has no report rules (`reportRulesOf`).
   */
  async report(rulebookId: string, year: number): Promise<AnnualProcedureReport | null> {
    const rules = reportRulesOf(rulebookId);
    if (!rules) return null;
    const facts = this.store.collection<AnnualReportFactDocument>(ANNUAL_REPORT_COLLECTION);
    const ofYear = await facts.find({ year }, { sort: { at: 1, _id: 1 } });
    const filed = ofYear.filter((f) => f.kind === 'complaint-filed' && f.rulebookId === rulebookId);
    if (filed.length === 0) return null;

    // Case facts other than the filing carry only the case id: keep those whose complaint was filed under this rulebook.
    const caseIds = [...new Set(ofYear.filter((f) => f.caseId && f.kind !== 'complaint-filed').map((f) => f.caseId as string))];
    const complaints = caseIds.length > 0 ? await facts.find({ _id: { $in: caseIds.map((id) => `case:${id}`) }, rulebookId }, { projection: { caseId: 1 } }) : [];
    const inRulebook = new Set(complaints.map((c) => c.caseId));
    const caseFacts = (kind: AnnualReportFactDocument['kind']) => ofYear.filter((f) => f.kind === kind && f.caseId !== undefined && inRulebook.has(f.caseId));

    const ineligible = caseFacts('ineligible');
    const settled = caseFacts('settled');
    const decided = caseFacts('decided');
    const closed = caseFacts('closed');
    // The matters the rulebook notes, in its data's order; a fact of a matter it does not note (a stored event read for
    // history, under a rulebook that does not send that matter to its report) is left out.
    const notedRules = Object.entries(rules.noted.matters) as Array<[NotedMatter, string]>;
    const noted = caseFacts('noted');
    const notedCount = (matter: NotedMatter) => noted.filter((f) => f.matter === matter).length;
    const notedMatters = notedRules.map(([matter, rule]) => ({ matter, rule, count: notedCount(matter) }));
    const split = (items: readonly AnnualReportFactDocument[]) => ({
      total: items.length,
      withCorrectiveAction: items.filter((f) => f.correctiveAction).length,
      withoutCorrectiveAction: items.filter((f) => !f.correctiveAction).length,
    });

    return {
      rulebookId,
      year,
      timeZone: REPORT_TIME_ZONE,
      statistics: {
        rule: rules.statistics,
        contacts: ofYear.filter((f) => f.kind === 'contact' && f.rulebookId === rulebookId).length,
        complaintsFiled: filed.length,
        docketed: caseFacts('docketed').length,
        ineligible: ineligible.length,
        settled: split(settled),
        decided: split(decided),
        referred: caseFacts('referred').length,
        withdrawn: caseFacts('withdrawn').length,
        closed: closed.length,
        closedByReason: [...tally(closed, (f) => f.reason ?? 'unknown').entries()]
          .map(([reason, { first, count }]) => ({ reason, label: first.label ?? reason, count }))
          .sort((a, b) => a.reason.localeCompare(b.reason)),
      },
      ineligibleByReason: {
        rule: rules.ineligibleByReason,
        total: ineligible.length,
        reasons: [...tally(ineligible, (f) => f.condition ?? 'unknown').entries()]
          .map(([condition, { first, count }]) => ({ condition, rule: first.rule ?? '', count }))
          .sort((a, b) => b.count - a.count || a.condition.localeCompare(b.condition)),
      },
      referrals: {
        rule: rules.referrals,
        items: caseFacts('referred').map((f) => ({
          respondent: f.referral?.respondentName ?? '',
          agency: f.referral?.agency ?? '',
          nature: f.referral?.nature ?? '',
          actionTaken: f.referral?.actionTaken ?? '',
          referredOn: dayOf(f.at),
        })),
      },
      decisionsPublished: { rule: rules.decisionsPublished, items: caseFacts('decision-published').map((f) => ({ caseId: f.caseId as string, flaggedOn: dayOf(f.at) })) },
      defaultsNoted: { rule: rules.defaultsNoted, count: notedCount('respondent-default') },
      noted: { rule: rules.noted.reportRule, total: notedMatters.reduce((sum, m) => sum + m.count, 0), matters: notedMatters },
    };
  }
}
