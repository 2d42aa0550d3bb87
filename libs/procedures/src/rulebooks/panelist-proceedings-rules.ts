import type { DeadlineRule, NoticeRule } from '../deadlines/deadline-rule';

/**
 * The Panelist's proceedings, as data (BBB-4.5.1 to BBB-4.5.3): requests for information with their periods and
 * default, the oral hearing's notice period, and what an absence leads to.
 */
export interface PanelistProceedingsRules {
  /** The stage the Panelist acts in (a Panelist appointed, BBB-4.5). */
  readonly stage: string;
  readonly information: {
    readonly rule: string;
    /** The answer, within the period after receipt of the request. */
    readonly answer: DeadlineRule;
    /**
     * The request sets the answer's time limit (VS-8.4a: "after the specified time limits"): each request carries a
     * whole number of business days, from 1 to `answer.count` (the most a request may give), which its answer period
     * runs instead of `answer.count`. Absent: every answer period runs `answer.count` (BBB-4.5.1's ten business days),
     * and a request naming a time limit is refused.
     */
    readonly timeLimitSetByRequest?: true;
    /** The other Party's optional response, within the period after receipt of the forwarded answer. Absent: the answer is not forwarded and no response is taken. */
    readonly comment?: DeadlineRule;
    /**
     * No answer: a default notice, and a last period after its receipt; still none, the decision-maker proceeds. Absent
     * (with `defaultNotice`): no default notice; when the answer period lapses the decision-maker proceeds at once on
     * the other submissions (VS-8.4a).
     */
    readonly afterDefault?: DeadlineRule;
    readonly request: NoticeRule;
    /** The answer forwarded to the other Party (with `comment`). */
    readonly forward?: NoticeRule;
    /** The default notice (with `afterDefault`). */
    readonly defaultNotice?: NoticeRule;
    /**
     * Whether the decision-maker weighs a Party's silence when it proceeds without the answer. Absent: it does
     * (BBB-4.5.1); VeraSafe's officer proceeds on the other submissions instead (VS-8.4a).
     */
    readonly silenceWeighed?: boolean;
  };
  /** Absent: the rules hold no oral hearing in these proceedings (VS-8.4). */
  readonly oralHearing?: {
    readonly rule: string;
    /** Written notice to all Parties at least this many business days before the hearing. */
    readonly noticeBusinessDays: number;
    readonly means: readonly string[];
    readonly notice: NoticeRule;
  };
  /** An absence from the oral hearing (with `oralHearing`). */
  readonly absence?: { readonly rule: string };
  /** A submission after its time limit is refused unless the period was extended for good cause. */
  readonly lateRule: string;
  /**
   * The administrator's own investigative analysis (VS-8.4b): the validity of each essential fact presented in the
   * submissions, furnished to the decision-maker (`notice`, to the 'panelist') and itself a submission. Absent: none.
   */
  readonly investigativeAnalysis?: {
    readonly rule: string;
    readonly notice: NoticeRule;
  };
}

// --- BBB EU Safe Harbor (BBB-4.5.1 to BBB-4.5.3) ---
export const BBB_PANELIST_PROCEEDINGS: PanelistProceedingsRules = {
  stage: 'panelist-appointed',
  information: {
    rule: 'BBB-4.5.1',
    // BBB-4.5.4: late answers and comments reach the Panelist only if the CBBB extends their period for good cause.
    answer: { kind: 'panelist-information-answer', rule: 'BBB-4.5.1', count: 10, unit: 'business-days', extendable: true },
    comment: { kind: 'panelist-information-comment', rule: 'BBB-4.5.1', count: 10, unit: 'business-days', extendable: true },
    afterDefault: { kind: 'panelist-information-after-default', rule: 'BBB-4.5.1', count: 10, unit: 'business-days', extendable: true },
    request: { kind: 'panelist-information-request', rule: 'BBB-4.5.1' },
    forward: { kind: 'panelist-answer-forwarded', rule: 'BBB-4.5.1' },
    defaultNotice: { kind: 'panelist-information-default-notice', rule: 'BBB-4.5.1' },
  },
  oralHearing: {
    rule: 'BBB-4.5.2',
    noticeBusinessDays: 15,
    means: ['teleconference', 'videoconference', 'other-electronic'],
    notice: { kind: 'oral-hearing-notice', rule: 'BBB-4.5.2' },
  },
  absence: { rule: 'BBB-4.5.3' },
  lateRule: 'BBB-4.5.4',
};
