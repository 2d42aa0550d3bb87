/**
 * What a rule sends to the next report ("shall be noted in the next Procedure report"): a Respondent's default, its
 * refusal to agree to a Decision's corrective action, a finding of noncompliance with corrective action required.
 */
export type NotedMatter = 'respondent-default' | 'refused-corrective-action' | 'noncompliance' | 'respondent-absent';

/** Every matter a rule may note, in a stable order (`respondent-absent`: the Participant absent from a Mediation Teleconference, VS-7.4 (ii)). */
export const NOTED_MATTERS: readonly NotedMatter[] = ['respondent-default', 'refused-corrective-action', 'noncompliance', 'respondent-absent'];

/** The matters a rulebook notes for its report, each with the rule that says so, and the report's rule they go to. */
export interface NotedMatters {
  /** The report's rule: the Annual Procedure Report the matters are noted in. */
  readonly reportRule: string;
  /** Each matter this rulebook notes, with the rule that sends it to the report; a matter not listed is not noted. */
  readonly matters: Readonly<Partial<Record<NotedMatter, string>>>;
}

/** A section of a report whose rule has lettered items (VS-14.1 (a) to (d)): the rule, and the item the section answers. */
export interface ReportSection {
  readonly rule: string;
  /** The item of the rule, as the rule letters it: '(a)', '(c)(i)'. */
  readonly item: string;
}

/**
 * The Annual Procedure Report, as data: which rule each of its sections answers. Every section is optional: a report has
 * the sections its rulebook names, and the rule each section names is the rulebook's. Two families exist today:
 * - BBB-7's statistical report (`statistics`, `ineligibleByReason`, `referrals`, `decisionsPublished`, `defaultsNoted`);
 * - VS-14.1's Annual Procedure Report (`outcomeTypes` to `timeToClose`, aggregate and anonymous under `anonymity`).
 * `noted` is every rulebook's: what its rules say shall be noted in the next report.
 */
export interface ReportRules {
  /** Aggregate statistics of contacts from the public and the actions taken on them; a report only for years with complaints. */
  readonly statistics?: string;
  /** Complaints found ineligible, by the specific reason. */
  readonly ineligibleByReason?: string;
  /** Each referral to a government agency: a summary naming the Respondent, the nature of the Case and the action taken. */
  readonly referrals?: string;
  /** Decisions made public. */
  readonly decisionsPublished?: string;
  /** Respondents' defaults the rules send to the report. */
  readonly defaultsNoted?: string;
  /** Everything the rules say shall be noted in the next report, by matter (`NotedForReport`). */
  readonly noted: NotedMatters;
  /** The rule that the report's statistics are aggregate and anonymous only (VS-14.2). */
  readonly anonymity?: string;
  /** Every outcome of the rulebook's catalogue, with how many complaints closed with it (VS-14.1 (a)). */
  readonly outcomeTypes?: ReportSection;
  /** The nature of the complaints filed: by Framework and by the Permitted Outcomes sought (VS-14.1 (b)). */
  readonly natureOfComplaints?: ReportSection;
  /** How many complaints were filed (VS-14.1 (c)). */
  readonly complaintsFiled?: ReportSection;
  /** Settlements and Reparation Orders by number and nature (VS-14.1 (c)(i)). */
  readonly settlementsAndReparationOrders?: ReportSection;
  /** Complaints found ineligible, by the specific reason (VS-14.1 (c)(ii)). */
  readonly ineligibleComplaints?: ReportSection;
  /** Each referral: a summary naming the Participant, the nature and the outcome of the Complaint (VS-14.1 (c)(iii)). */
  readonly referralSummaries?: ReportSection;
  /** The minimum, maximum and average time to close the complaints closed in the period (VS-14.1 (d)). */
  readonly timeToClose?: ReportSection;
}

/** The rules of BBB-7's statistical report, when a rulebook's report is that one (every one of its five sections named). */
export type StatisticalReportRules = ReportRules & Required<Pick<ReportRules, 'statistics' | 'ineligibleByReason' | 'referrals' | 'decisionsPublished' | 'defaultsNoted'>>;

/** The rules of VS-14.1's Annual Procedure Report, when a rulebook's report is that one (every one of its sections named). */
export type ProcedureReportRules = ReportRules &
  Required<Pick<ReportRules, 'anonymity' | 'outcomeTypes' | 'natureOfComplaints' | 'complaintsFiled' | 'settlementsAndReparationOrders' | 'ineligibleComplaints' | 'referralSummaries' | 'timeToClose'>>;

export function isStatisticalReport(rules: ReportRules): rules is StatisticalReportRules {
  return rules.statistics !== undefined && rules.ineligibleByReason !== undefined && rules.referrals !== undefined && rules.decisionsPublished !== undefined && rules.defaultsNoted !== undefined;
}

export function isProcedureReport(rules: ReportRules): rules is ProcedureReportRules {
  return (
    rules.anonymity !== undefined && rules.outcomeTypes !== undefined && rules.natureOfComplaints !== undefined && rules.complaintsFiled !== undefined &&
    rules.settlementsAndReparationOrders !== undefined && rules.ineligibleComplaints !== undefined && rules.referralSummaries !== undefined && rules.timeToClose !== undefined
  );
}

/** The rule a report's "no report for that year" answer names: its statistics' (BBB-7.1), or the number filed's (VS-14.1). */
export function reportMainRule(rules: ReportRules): string | undefined {
  return rules.statistics ?? rules.complaintsFiled?.rule;
}

/**
 * BBB-7.1 statistics, BBB-7.2 ineligible by reason, BBB-7.3 referrals; BBB-4.6.4 published Decisions; BBB-4.4.1 defaults noted.
 * Noted in the next Procedure report (Part 7, its statistical summary BBB-7.1): the default after the default notice
 * (BBB-4.4.1), the failure to agree to a Decision's corrective action after the Notice of Intent (BBB-4.6.4), and the
 * CBBB's determination of noncompliance with a Settlement's or a Decision's corrective action (BBB-5).
 */
export const BBB_REPORT: StatisticalReportRules = {
  statistics: 'BBB-7.1',
  ineligibleByReason: 'BBB-7.2',
  referrals: 'BBB-7.3',
  decisionsPublished: 'BBB-4.6.4',
  defaultsNoted: 'BBB-4.4.1',
  noted: {
    reportRule: 'BBB-7.1',
    matters: { 'respondent-default': 'BBB-4.4.1', 'refused-corrective-action': 'BBB-4.6.4', noncompliance: 'BBB-5' },
  },
};
