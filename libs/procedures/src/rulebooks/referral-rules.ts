import type { ClosureRule, DeadlineRule, NoticeRule } from '../deadlines/deadline-rule';

type Party = 'complainant' | 'respondent';

/**
 * Why the administrator refuses to proceed with a case, and the closure each refusal brings (BBB-4.3.1, BBB-8.4,
 * BBB-6 (9)–(11)); or a Party's refusal to comply with the procedure that only raises the referral question (VS-13.1 (1)).
 */
export interface RefusalRule {
  readonly rule: string;
  /** The closure the refusal brings; absent: the refusal closes nothing itself, it always raises the referral question. */
  readonly closure?: ClosureRule;
  /** A violating Respondent may also be referred to a government agency (BBB-4.3.1, BBB-8.4). */
  readonly respondentMayBeReferred: boolean;
  /** Whose conduct the refusal may be about (VS-13.1 (1): the Participant's); absent: either Party's. */
  readonly parties?: readonly Party[];
  /** What the refusal is, for the next actions; absent: its closure's label. */
  readonly description?: string;
}

/** Where the case goes when the administrator decides not to refer. */
export type NotReferred =
  /** It closes (BBB-6 (11): the Respondent's non-participation is a Party's conduct). */
  | { readonly closure: ClosureRule }
  /** The text gives not referring no outcome (VS-13.1 "may"): the case returns to the stage the question arose in. */
  | { readonly resumes: 'where-the-question-arose' };

/** Notices to the Parties when a referred case closes (VS-13.4: "the Parties duly notified"). */
export interface PartiesNotified {
  readonly notice: NoticeRule;
  readonly recipients: readonly Party[];
}

/**
 * Referral to a government agency, as data (BBB-8.8, BBB-7.3; VS-13), and refusals to proceed (BBB-6 (9)–(11)).
 * Readings chosen (documented defaults):
 * - the cure period runs from the RECEIPT of the referral notice (as every "after receipt" period does: recorded under
 *   BBB-8.7, at sending where the receipt part delivers on transmission, VS-3.3);
 * - the administrator may give more than the minimum, never less (`cure.deadline.count` is the minimum);
 * - deciding not to refer closes the case under `notReferred.closure` (the Respondent's non-participation is a Party's
 *   conduct, BBB-6 (11)); when the referral question came from a refusal to proceed, that refusal's closure applies instead;
 *   where the text gives not referring no outcome (VS-13.1) the case returns to the stage the question arose in;
 * - a cure within the period supplies the step whose lapse raised the question (the Rebuttal, the agreement to a
 *   Decision, the certified corrective action) and the case resumes from there; after a refusal to proceed the refusal
 *   stands and the case closes with the refusal's reason (a refusal without a closure: the case resumes where it was).
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
  /** `reportRule`: the report section the referral goes to; `notify`: the notices sent on closing (none: no notice). */
  readonly referred: { readonly closure: ClosureRule; readonly reportRule: string; readonly notify?: PartiesNotified };
  readonly notReferred: NotReferred;
  /**
   * The rules that raise a referral question and say the matter SHALL be referred (VS-7.2, VS-7.4 (ii), VS-12.2:
   * "VeraSafe shall refer the matter … in accordance with Section 13"): a question they raised is answered by referring,
   * with the notice and cure period; deciding not to refer is refused. Absent: every referral question is "may".
   */
  readonly mustRefer?: readonly string[];
  /** The rule listing the reasons the administrator may refuse to proceed for: a reason it does not list is refused under it. */
  readonly refusalRule: string;
  /** The refusals this procedure knows; a reason it does not list is refused under `refusalRule`. */
  readonly refusals: Readonly<Partial<Record<RefusalReason, RefusalRule>>>;
}

export type RefusalReason = 'direct-contact-with-panelist' | 'breach-of-confidentiality' | 'party-conduct' | 'refuses-to-comply-with-procedure';
export const REFUSAL_REASONS: readonly RefusalReason[] = ['direct-contact-with-panelist', 'breach-of-confidentiality', 'party-conduct', 'refuses-to-comply-with-procedure'];

/** The refusals a procedure lists, in REFUSAL_REASONS' order. */
export function refusalsOf(rules: ReferralRules): readonly { readonly reason: RefusalReason; readonly refusal: RefusalRule }[] {
  return REFUSAL_REASONS.flatMap((reason) => {
    const refusal = rules.refusals[reason];
    return refusal ? [{ reason, refusal }] : [];
  });
}

/** The rule that raised a referral question, when it says the matter shall be referred (`mustRefer`). */
export function referralRequiredUnder(rules: ReferralRules, raisedBy: string | undefined): string | undefined {
  return raisedBy !== undefined && rules.mustRefer?.includes(raisedBy) ? raisedBy : undefined;
}

/** The closure not referring brings, when it brings one (a refusal to proceed's own, or the procedure's). */
export function notReferredClosure(rules: ReferralRules, refusal: RefusalReason | undefined): ClosureRule | undefined {
  const refused = refusal ? rules.refusals[refusal]?.closure : undefined;
  return refused ?? ('closure' in rules.notReferred ? rules.notReferred.closure : undefined);
}
