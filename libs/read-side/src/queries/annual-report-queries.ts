import type { ReadStore } from '@pdr/application';
import {
  closuresIn, currentRulebook, isProcedureReport, isStatisticalReport, type NotedMatter, type OutcomeCatalogue, type ProcedureReportRules, type ReportRules, type Rulebook,
} from '@pdr/procedures';
import { ANNUAL_REPORT_COLLECTION, type AnnualReportFactDocument, REPORT_TIME_ZONE } from '../projections/annual-report.projection';
import { OUTSIDE_PERMITTED_OUTCOMES } from '../projections/annual-report.evolve';

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

  /** The report a rulebook's rules define for a year, whichever it is (BBB-7's statistical report, VS-14.1's), or null. */
  async annual(rulebookId: string, year: number): Promise<AnnualProcedureReport | ProcedureReport | null> {
    const rules = reportRulesOf(rulebookId);
    if (rules && isProcedureReport(rules)) return this.procedureReport(rulebookId, year);
    return this.report(rulebookId, year);
  }

  /**
   * BBB-7's statistical report for a rulebook and a calendar year (New York time), or null when no complaint was filed that
   * year (BBB-7.1) or the rulebook's report rules are not that report's (`reportRulesOf`, `isStatisticalReport`).
   */
  async report(rulebookId: string, year: number): Promise<AnnualProcedureReport | null> {
    const rules = reportRulesOf(rulebookId);
    if (!rules || !isStatisticalReport(rules)) return null;
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

  /**
   * VS-14.1's Annual Procedure Report for a rulebook and a calendar year (New York time): every year has one, zeros
   * included (VeraSafe publishes one each year). Null when the rulebook's report rules are not that report's.
   */
  async procedureReport(rulebookId: string, year: number): Promise<ProcedureReport | null> {
    const rules = reportRulesOf(rulebookId);
    const rulebook = currentRulebook(rulebookId);
    if (!rules || !rulebook || !isProcedureReport(rules)) return null;
    return procedureReportOf(this.store, rulebookId, year, rulebook, rules);
  }
}

/** A count under a label from the rulebook's data. */
type Counted<K extends string> = { [key in K]: string } & { count: number };

/**
 * VS-14.1's Annual Procedure Report for a calendar year (New York time): aggregate and anonymous only (VS-14.2). No
 * Complainant is named, no case is identified, no Complainant's words (allegation, facts, outcomes sought, Settlement
 * terms) are copied; a Participant is named only in a referral's summary, which VS-14.1 (c)(iii) requires.
 */
export type ProcedureReport = {
  rulebookId: string;
  year: number;
  timeZone: string;
  /** VS-14.2: the report's statistical summaries are aggregate and anonymous. */
  anonymity: { rule: string; statement: string };
  /** (a) Every outcome of the rulebook's catalogue, its exact label, and the complaints closed with it in the year (variants rolled up). */
  outcomeTypes: { rule: string; item: string; total: number; outcomes: Array<{ outcome: string; reason: string; rule: string; label: string; count: number }> };
  /** (b) The complaints filed in the year, by Framework, by the Permitted Outcomes they seek (VS-4.1), and the Responses filed in the year by kind (VS-7.1). */
  natureOfComplaints: {
    rule: string;
    item: string;
    total: number;
    byFramework: Array<Counted<'framework' | 'title'>>;
    byPermittedOutcomeSought: { rule: string; outcomes: Array<Counted<'outcome' | 'description'>> };
    responsesByKind: Array<{ slot: string; rule: string; kinds: Array<Counted<'kind' | 'description'>> }>;
  };
  /** (c) The number of complaints filed in the year. */
  complaintsFiled: { rule: string; item: string; count: number };
  /** (c)(i) Settlements reached (VS-7.4 (iii)) and Reparation Orders issued (VS-8.4c) in the year, by number and nature. */
  settlementsAndReparationOrders: {
    rule: string;
    item: string;
    settlements: { total: number; byPermittedOutcome: Array<Counted<'outcome' | 'description'>>; byFramework: Array<Counted<'framework' | 'title'>> };
    reparationOrders: { total: number; byPermittedOutcome: Array<Counted<'outcome' | 'description'>>; byFramework: Array<Counted<'framework' | 'title'>> };
  };
  /** (c)(ii) Complaints deemed ineligible in the year, by the specific reason: each condition (VS-5.1 to 5.3) and the VS-5.4 lapse. */
  ineligibleComplaints: { rule: string; item: string; total: number; reasons: Array<{ reason: string; rule: string; description: string; count: number }> };
  /** (c)(iii) Each referral made in the year, with its summary naming the Participant, the nature and the outcome. */
  referralSummaries: { rule: string; item: string; items: Array<{ participant: string; agency: string; summary: string; nature: string; outcome: string; referredOn: string }> };
  /** (d) Time to close the complaints closed in the year: calendar days from the day received to the day closed (New York dates). */
  timeToClose: { rule: string; item: string; unit: 'calendar-days'; closed: number; minimum: number | null; maximum: number | null; average: number | null };
  /** What the rules say shall be noted in the next report (VS-7.2, VS-7.4 (ii), VS-12.2), counted by matter. */
  noted: { rule: string; total: number; matters: Array<{ matter: NotedMatter; rule: string; count: number }> };
};

/** VS-5.4: the information requested never came; the complaint closed "Ineligible" without a finding on a condition. */
export const INFORMATION_NOT_RECEIVED = 'information-not-received';

const DAY_MS = 24 * 60 * 60 * 1000;
/** Whole calendar days between the New York dates of two instants. */
const calendarDaysBetween = (from: string, to: string) => Math.round((Date.parse(`${dayOf(to)}T00:00:00Z`) - Date.parse(`${dayOf(from)}T00:00:00Z`)) / DAY_MS);

/** The catalogue outcome (by its key) a closure is, itself or as one of its variants. */
function outcomeKeyOf(catalogue: OutcomeCatalogue, closure: Pick<AnnualReportFactDocument, 'reason' | 'rule' | 'label'>): string | undefined {
  const same = (rule: { reason: string; rule: string; label: string }) => rule.reason === closure.reason && rule.rule === closure.rule && rule.label === closure.label;
  const exact = Object.entries(catalogue).find(([, outcome]) => same(outcome) || Object.values(outcome.variants ?? {}).some(same));
  return exact?.[0] ?? Object.entries(catalogue).find(([, outcome]) => outcome.reason === closure.reason)?.[0];
}

function countBy<T extends { id: string }>(list: readonly T[], counts: Map<string, number>): Array<T & { count: number }> {
  const known = list.map((entry) => ({ ...entry, count: counts.get(entry.id) ?? 0 }));
  const others = [...counts.entries()].filter(([id]) => !list.some((entry) => entry.id === id)).sort(([a], [b]) => a.localeCompare(b));
  return [...known, ...others.map(([id, count]) => ({ id, count }) as T & { count: number })];
}

function increment(counts: Map<string, number>, key: string): void {
  counts.set(key, (counts.get(key) ?? 0) + 1);
}

/** The complaints' Frameworks, every one of the rulebook's listed, zero included. */
function byFramework(rulebook: Rulebook, complaints: readonly AnnualReportFactDocument[]): Array<Counted<'framework' | 'title'>> {
  const counts = new Map<string, number>();
  for (const complaint of complaints) increment(counts, complaint.framework ?? 'unknown');
  return countBy(rulebook.frameworks.map((f) => ({ id: f.id, title: f.title })), counts).map(({ id, title, count }) => ({ framework: id, title: title ?? id, count }));
}

/** The Permitted Outcomes (VS-4.1) the complaints seek, every one listed, zero included, and those outside them. */
function byPermittedOutcome(rulebook: Rulebook, sought: ReadonlyArray<readonly string[] | undefined>): Array<Counted<'outcome' | 'description'>> {
  const counts = new Map<string, number>();
  for (const outcomes of sought) for (const outcome of outcomes ?? []) increment(counts, outcome);
  const list = (rulebook.complaint?.permittedOutcomes?.outcomes ?? []).map((o) => ({ id: o.id, description: o.description }));
  const outside = counts.get(OUTSIDE_PERMITTED_OUTCOMES) ?? 0;
  counts.delete(OUTSIDE_PERMITTED_OUTCOMES);
  const rows = countBy(list, counts).map(({ id, description, count }) => ({ outcome: id, description: description ?? id, count }));
  return [...rows, { outcome: OUTSIDE_PERMITTED_OUTCOMES, description: 'not a Permitted Outcome', count: outside }];
}

async function procedureReportOf(store: ReadStore, rulebookId: string, year: number, rulebook: Rulebook, rules: ProcedureReportRules): Promise<ProcedureReport> {
  const facts = store.collection<AnnualReportFactDocument>(ANNUAL_REPORT_COLLECTION);
  const ofYear = await facts.find({ year }, { sort: { at: 1, _id: 1 } });
  const filed = ofYear.filter((f) => f.kind === 'complaint-filed' && f.rulebookId === rulebookId);
  // Every complaint a fact of the year belongs to, whatever the year it was filed in (time to close, nature of a Settlement).
  const caseIds = [...new Set(ofYear.filter((f) => f.caseId && f.kind !== 'complaint-filed').map((f) => f.caseId as string))];
  const complaints = caseIds.length > 0 ? await facts.find({ _id: { $in: caseIds.map((id) => `case:${id}`) }, rulebookId }) : [];
  const complaintOf = new Map(complaints.map((c) => [c.caseId as string, c]));
  const caseFacts = (kind: AnnualReportFactDocument['kind']) => ofYear.filter((f) => f.kind === kind && f.caseId !== undefined && complaintOf.has(f.caseId));

  // A closure a granted appeal undid (VS-5.5(a): reopened later in the year) is not an outcome; the case's next closure is.
  const reopened = caseFacts('reopened');
  const closed = caseFacts('closed').filter((c) => !reopened.some((r) => r.caseId === c.caseId && r.at >= c.at));

  // (a) Every outcome of the catalogue, zero included; a variant counts as its outcome.
  const outcomeCounts = new Map<string, number>();
  for (const closure of closed) increment(outcomeCounts, outcomeKeyOf(rulebook.outcomes, closure) ?? closure.reason ?? 'unknown');
  const outcomes = Object.entries(rulebook.outcomes).map(([outcome, { reason, rule, label }]) => ({ outcome, reason, rule, label, count: outcomeCounts.get(outcome) ?? 0 }));
  for (const [outcome, count] of outcomeCounts) if (!(outcome in rulebook.outcomes)) outcomes.push({ outcome, reason: outcome, rule: '', label: outcome, count });

  // (b) The nature of the complaints filed: Framework, Permitted Outcomes sought; the Responses by kind (VS-7.1).
  const submissions = caseFacts('submission');
  const slots = [rulebook.mediation?.exchange, rulebook.hearing?.exchange].flatMap((exchange) => exchange?.slots ?? []).filter((slot) => slot.kinds);
  const responsesByKind = slots.map((slot) => {
    const counts = new Map<string, number>();
    for (const s of submissions.filter((f) => f.slot === slot.id)) increment(counts, s.submissionKind ?? 'unknown');
    const kinds = countBy(slot.kinds!.options.map((o) => ({ id: o.id, description: o.description })), counts).map(({ id, description, count }) => ({ kind: id, description: description ?? id, count }));
    return { slot: slot.id, rule: slot.kinds!.rule, kinds };
  });

  // (c)(i) Settlements (VS-7.4 (iii)) by the nature of the complaint settled; Reparation Orders by the Permitted Outcomes they require.
  const settled = caseFacts('settled').map((f) => complaintOf.get(f.caseId as string)!);
  const orders = caseFacts('reparation-order');

  // (c)(ii) Ineligible, by the specific reason: each eligibility condition, and the VS-5.4 lapse.
  const lapseClosure = rulebook.informationRequest.onLapse.closure;
  const reasonCounts = new Map<string, number>();
  for (const finding of caseFacts('ineligible')) increment(reasonCounts, finding.condition ?? 'unknown');
  const lapses = caseFacts('closed').filter((c) => c.reason === lapseClosure.reason && c.rule === lapseClosure.rule && c.label === lapseClosure.label);
  for (const _lapse of lapses) increment(reasonCounts, INFORMATION_NOT_RECEIVED);
  const reasonList = [
    ...rulebook.eligibility.conditions.map((c) => ({ id: c.id, rule: c.rule, description: c.description })),
    { id: INFORMATION_NOT_RECEIVED, rule: lapseClosure.rule, description: 'The information requested was not received in time' },
  ];
  const reasons = countBy(reasonList, reasonCounts).map(({ id, rule, description, count }) => ({ reason: id, rule: rule ?? '', description: description ?? id, count }));

  // (c)(iii) Each referral: the Participant named, the summary staff wrote, the nature, and the outcome it closed with.
  const referred = caseFacts('referred');
  const referralClosure = rulebook.referral?.referred.closure;

  // (d) Time to close, in calendar days from the day received to the day closed (New York dates).
  const durations = closed.map((c) => complaintOf.get(c.caseId as string)).map((complaint, i) => (complaint ? calendarDaysBetween(complaint.at, closed[i]!.at) : undefined)).filter((d): d is number => d !== undefined);
  const average = durations.length > 0 ? Math.round((durations.reduce((sum, d) => sum + d, 0) / durations.length) * 10) / 10 : null;

  const notedRules = Object.entries(rules.noted.matters) as Array<[NotedMatter, string]>;
  const noted = caseFacts('noted');
  const notedMatters = notedRules.map(([matter, rule]) => ({ matter, rule, count: noted.filter((f) => f.matter === matter).length }));

  return {
    rulebookId,
    year,
    timeZone: REPORT_TIME_ZONE,
    anonymity: { rule: rules.anonymity, statement: 'Aggregate, anonymous data only: no Complainant is named and no case is identified' },
    outcomeTypes: { ...rules.outcomeTypes, total: closed.length, outcomes },
    natureOfComplaints: {
      ...rules.natureOfComplaints,
      total: filed.length,
      byFramework: byFramework(rulebook, filed),
      byPermittedOutcomeSought: { rule: rulebook.complaint?.permittedOutcomes?.rule ?? '', outcomes: byPermittedOutcome(rulebook, filed.map((f) => f.permittedOutcomes)) },
      responsesByKind,
    },
    complaintsFiled: { ...rules.complaintsFiled, count: filed.length },
    settlementsAndReparationOrders: {
      ...rules.settlementsAndReparationOrders,
      settlements: { total: settled.length, byPermittedOutcome: byPermittedOutcome(rulebook, settled.map((c) => c.permittedOutcomes)), byFramework: byFramework(rulebook, settled) },
      reparationOrders: {
        total: orders.length,
        byPermittedOutcome: byPermittedOutcome(rulebook, orders.map((o) => o.permittedOutcomes)),
        byFramework: byFramework(rulebook, orders.map((o) => complaintOf.get(o.caseId as string)!)),
      },
    },
    ineligibleComplaints: { ...rules.ineligibleComplaints, total: reasons.reduce((sum, r) => sum + r.count, 0), reasons },
    referralSummaries: {
      ...rules.referralSummaries,
      // The summary is composed from what the report may publish (the Participant, the nature, the outcome, the agency),
      // never staff's free-text summary of the case, which may name the Complainant (VS-14.2).
      items: referred.map((f) => {
        const participant = f.referral?.respondentName ?? '';
        const nature = f.referral?.nature ?? '';
        const agency = f.referral?.agency ?? '';
        const outcome = closed.find((c) => c.caseId === f.caseId)?.label ?? referralClosure?.label ?? '';
        return { participant, agency, summary: `${participant}: ${nature}. Referred to ${agency}; outcome: ${outcome}.`, nature, outcome, referredOn: dayOf(f.at) };
      }),
    },
    timeToClose: {
      ...rules.timeToClose,
      unit: 'calendar-days',
      closed: durations.length,
      minimum: durations.length > 0 ? Math.min(...durations) : null,
      maximum: durations.length > 0 ? Math.max(...durations) : null,
      average,
    },
    noted: { rule: rules.noted.reportRule, total: notedMatters.reduce((sum, m) => sum + m.count, 0), matters: notedMatters },
  };
}
