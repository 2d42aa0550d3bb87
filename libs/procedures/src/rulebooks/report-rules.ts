/**
 * What a rule sends to the next report ("shall be noted in the next Procedure report"): a Respondent's default, its
 * refusal to agree to a Decision's corrective action, a finding of noncompliance with corrective action required.
 */
export type NotedMatter = 'respondent-default' | 'refused-corrective-action' | 'noncompliance';

/** The matters a rulebook notes for its report, each with the rule that says so, and the report's rule they go to. */
export interface NotedMatters {
  /** The report's rule: the Annual Procedure Report the matters are noted in. */
  readonly reportRule: string;
  /** Each matter this rulebook notes, with the rule that sends it to the report; a matter not listed is not noted. */
  readonly matters: Readonly<Partial<Record<NotedMatter, string>>>;
}

/**
 * The Annual Procedure Report, as data: which rule each of its sections answers. The report's shape is the same for
 * every rulebook that has one; the rule each section names is the rulebook's.
 */
export interface ReportRules {
  /** Aggregate statistics of contacts from the public and the actions taken on them; a report only for years with complaints. */
  readonly statistics: string;
  /** Complaints found ineligible, by the specific reason. */
  readonly ineligibleByReason: string;
  /** Each referral to a government agency: a summary naming the Respondent, the nature of the Case and the action taken. */
  readonly referrals: string;
  /** Decisions made public. */
  readonly decisionsPublished: string;
  /** Respondents' defaults the rules send to the report. */
  readonly defaultsNoted: string;
  /** Everything the rules say shall be noted in the next report, by matter (`NotedForReport`). */
  readonly noted: NotedMatters;
}

/**
 * BBB-7.1 statistics, BBB-7.2 ineligible by reason, BBB-7.3 referrals; BBB-4.6.4 published Decisions; BBB-4.4.1 defaults noted.
 * Noted in the next Procedure report (Part 7, its statistical summary BBB-7.1): the default after the default notice
 * (BBB-4.4.1), the failure to agree to a Decision's corrective action after the Notice of Intent (BBB-4.6.4), and the
 * CBBB's determination of noncompliance with a Settlement's or a Decision's corrective action (BBB-5).
 */
export const BBB_REPORT: ReportRules = {
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
