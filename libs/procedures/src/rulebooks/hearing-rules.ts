import type { ClosureRule, DeadlineRule, NoticeRule } from '../deadlines/deadline-rule';

/** A remedy a hearing request may name, by kind (BBB-4.1). */
export interface RemedyKind {
  readonly kind: string;
  readonly description: string;
}

/**
 * The written phase of a hearing, as data: who may ask for it and when, what may be sought, and each exchange
 * of documents with its period and what its silence means (BBB-4.1, BBB-4.4 to BBB-4.4.3).
 */
export interface HearingRules {
  /** The rule under which a hearing is requested, and the stages a request may come from (Conciliation having failed). */
  readonly requestRule: string;
  readonly requestableStages: readonly string[];
  readonly remedies: readonly RemedyKind[];
  /** Remedies that may not be sought or ordered: a request naming one is refused. */
  readonly refusedRemedies: readonly RemedyKind[];
  /** The Complainant's written Position: asked for on the request; no Position in time closes the case. */
  readonly position: {
    readonly deadline: DeadlineRule;
    readonly request: NoticeRule;
    readonly forward: NoticeRule;
    readonly onLapse: { readonly notice: NoticeRule; readonly closure: ClosureRule };
  };
  /** The Respondent's Rebuttal, due after receipt of the Position. */
  readonly rebuttal: { readonly deadline: DeadlineRule; readonly forward: NoticeRule };
  /** No Rebuttal in time: a default notice, a last period after its receipt, then the default is noted and referral is for staff to decide. */
  readonly default: { readonly notice: NoticeRule; readonly deadline: DeadlineRule; readonly referralRule: string };
  /** The Complainant's optional reply (an addendum to the Position), after receipt of the Rebuttal. */
  readonly reply: { readonly deadline: DeadlineRule; readonly forward: NoticeRule };
  /** The Respondent's optional response (an addendum to the Rebuttal), after receipt of the reply. */
  readonly response: { readonly deadline: DeadlineRule };
  /** A submission after its time limit is refused unless the period was extended for good cause. */
  readonly lateRule: string;
  readonly stages: {
    readonly position: string;
    readonly rebuttal: string;
    readonly default: string;
    readonly reply: string;
    readonly response: string;
    readonly panelist: string;
    readonly referral: string;
  };
}
