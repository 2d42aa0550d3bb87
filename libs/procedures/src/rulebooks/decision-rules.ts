import type { ClosureRule, DeadlineRule, NoticeRule } from '../deadlines/deadline-rule';

/**
 * The Decision and what follows it, as data (BBB-4.6.1 to BBB-4.6.4, BBB-5, BBB-6 (6) and (7)): who issues it and
 * from which stages, its monitored target, the Respondent's statement, the Notice of Intent, and the certification
 * of a Decision's corrective action.
 */
export interface DecisionRules {
  readonly issueRule: string;
  /**
   * The stages a Decision may be issued from. Under a rulebook with Panelist appointment (`panel`), only the appointed
   * Panelist issues it (BBB-4.5), so this is the panel's appointed stage.
   */
  readonly issuableStages: readonly string[];
  /** The stages the Decision is awaited in, where its target may be monitored (from the end of the hearing procedure on). */
  readonly targetStages: readonly string[];
  /** A monitored target, not a default: its lapse only flags. Counted from the end of the hearing procedure. */
  readonly target: DeadlineRule;
  /** The rule that bounds what a Decision may order (remedies by kind, and those that may never be ordered). */
  readonly remedyRule: string;
  /** The CBBB sends the Decision (and an amended Decision) to the Parties. */
  readonly sent: NoticeRule;
  readonly amendedSent: NoticeRule;
  /** The Respondent states whether and how it will comply, within the period after receipt of the Decision. */
  readonly statement: { readonly deadline: DeadlineRule };
  /** Either Party may claim the corrective action cannot be implemented; the Panelist may amend the Decision. */
  readonly impossibilityRule: string;
  /** No statement in time: a Notice of Intent, a last period after its receipt, then referral and publication. */
  readonly noticeOfIntent: {
    readonly notice: NoticeRule;
    readonly deadline: DeadlineRule;
    readonly referralRule: string;
    readonly publicationRule: string;
  };
  /** The Respondent certifies implementation within the period after the time set for performance. */
  readonly certification: { readonly deadline: DeadlineRule; readonly referralRule: string };
  readonly closures: { readonly withoutCorrectiveAction: ClosureRule; readonly correctiveActionVerified: ClosureRule };
  readonly stages: {
    readonly compliance: string;
    readonly noticeOfIntent: string;
    readonly performance: string;
    readonly referral: string;
  };
}
