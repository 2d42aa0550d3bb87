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
}

/** BBB-7.1 statistics, BBB-7.2 ineligible by reason, BBB-7.3 referrals; BBB-4.6.4 published Decisions; BBB-4.4.1 defaults noted. */
export const BBB_REPORT: ReportRules = {
  statistics: 'BBB-7.1',
  ineligibleByReason: 'BBB-7.2',
  referrals: 'BBB-7.3',
  decisionsPublished: 'BBB-4.6.4',
  defaultsNoted: 'BBB-4.4.1',
};
