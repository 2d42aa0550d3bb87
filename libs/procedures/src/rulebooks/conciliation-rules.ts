import type { ClosureRule, DeadlineRule, NoticeRule } from '../deadlines/deadline-rule';

/**
 * Conciliation and Settlement as data (BBB Part 3, Part 5, BBB-6 reasons 4 and 5). A rulebook without it has no
 * conciliation step; every rule ID and stage name the deciders use comes from here.
 */
export interface ConciliationRules {
  /** The stage a docketed Case enters for conciliation. */
  readonly stage: string;
  /** The administrator is an impartial facilitator: it opens communication, it does not propose terms. */
  readonly facilitatorRule: string;
  /** Facts from the Complainant, forwarded to the Respondent, the Respondent's response, offers presented to the Complainant. */
  readonly exchanges: { readonly rule: string; readonly forwardingNoticeKind: string };
  /** A teleconference with staff only if both Parties agree. */
  readonly teleconferenceRule: string;
  /**
   * A Settlement is effective only in writing: the administrator drafts and circulates a letter with its terms,
   * sent to each Party as a notice of this kind (`letter`).
   */
  readonly settlement: { readonly rule: string; readonly awaitingLetterStage: string; readonly letter: NoticeRule };
  /** Corrective action under a Settlement: certification within a period after the time set for performance, then verification. */
  readonly performance: {
    readonly deadline: DeadlineRule;
    readonly stage: string;
    /** Implementation not certified in time: a staff decision on referral. */
    readonly onLapse: { readonly referralRule: string; readonly stage: string };
  };
  readonly closures: { readonly withoutCorrectiveAction: ClosureRule; readonly correctiveActionVerified: ClosureRule };
}
