import type { ClosureRule, DeadlineRule, NoticeRule } from '../deadlines/deadline-rule';

/** Why the administrator refuses to proceed with a case, and the closure each refusal brings (BBB-4.3.1, BBB-8.4, BBB-6 (9)–(11)). */
export interface RefusalRule {
  readonly rule: string;
  readonly closure: ClosureRule;
  /** A violating Respondent may also be referred to a government agency (BBB-4.3.1, BBB-8.4). */
  readonly respondentMayBeReferred: boolean;
}

/**
 * Referral to a government agency, as data (BBB-8.8, BBB-7.3), and refusals to proceed (BBB-6 (9)–(11)).
 * Readings chosen (documented defaults):
 * - the cure period runs from the recorded RECEIPT of the referral notice (as every "after receipt" period does, BBB-8.7);
 * - the administrator may give more than the minimum, never less (`cure.deadline.count` is the minimum);
 * - deciding not to refer closes the case under `notReferred.closure` (the Respondent's non-participation is a Party's
 *   conduct, BBB-6 (11)); when the referral question came from a refusal to proceed, that refusal's closure applies instead;
 * - a cure within the period supplies the step whose lapse raised the question (the Rebuttal, the agreement to a
 *   Decision, the certified corrective action) and the case resumes from there; after a refusal to proceed the refusal
 *   stands and the case closes with the refusal's reason.
 */
export interface ReferralRules {
  readonly rule: string;
  readonly decisionStage: string;
  readonly noticeStage: string;
  readonly cureStage: string;
  readonly notice: NoticeRule;
  readonly cure: {
    /** The minimum cure period, counted from receipt of the notice. */
    readonly deadline: DeadlineRule;
  };
  readonly referred: { readonly closure: ClosureRule; readonly reportRule: string };
  readonly notReferred: { readonly closure: ClosureRule };
  /** The rule listing the reasons the administrator may refuse to proceed for: a reason it does not list is refused under it. */
  readonly refusalRule: string;
  readonly refusals: Readonly<Record<RefusalReason, RefusalRule>>;
}

export type RefusalReason = 'direct-contact-with-panelist' | 'breach-of-confidentiality' | 'party-conduct';
export const REFUSAL_REASONS: readonly RefusalReason[] = ['direct-contact-with-panelist', 'breach-of-confidentiality', 'party-conduct'];
