import type { ClosureRule } from '../deadlines/deadline-rule';
import type { ExchangeRules } from './exchange-rules';
import type { PanelRules } from './panel-rules';
import type { PartiesNotified } from './referral-rules';

/**
 * A Hearing Decision that either orders or closes (VS-8.4(c), VS-9.4), as data: the officer appointed in `stage`
 * examines the Procedure Submissions against `standard`; substantiated and a violation, an order of one or more of the
 * hearing's remedies (the Reparation Order, VS-4.1's Permitted Outcomes) leads to its monitored performance; otherwise
 * the case closes with `noAction`'s outcome. Both are notified to the Parties.
 */
export interface HearingDecisionRules {
  readonly rule: string;
  /** Its name in the procedure's words ('the Hearing Decision', 'the Appellate Hearing Decision'). */
  readonly name: string;
  /** The stage the appointed officer issues it in (the appointment part's appointed stage). */
  readonly stage: string;
  /** The burden of proof, recorded on the decision. */
  readonly standard: string;
  /** The administrator's investigative analysis must be on record first (VS-8.4(b)), under this rule. */
  readonly analysisRequired?: string;
  readonly order: {
    /** 'Reparation Order'. */
    readonly name: string;
    /** The rule bounding what it may require (VS-4.1): the hearing's remedies. */
    readonly remedyRule: string;
    readonly notify: PartiesNotified;
    /** Where the case waits while its performance is monitored (the performance part's stage). */
    readonly stage: string;
  };
  readonly noAction: { readonly closure: ClosureRule; readonly notify: PartiesNotified };
  /** Not confidential: made public when issued (VS-15), under this rule. */
  readonly publicationRule?: string;
}

/**
 * An appeal heard by another officer (VS-9): the appealable closure reopens the case at the exchange's opening stage
 * (`ClosureAppeal.reopensAt`); the exchange (brief and rebuttal, VS-9.2) ends where `officer` is appointed (VS-9.3),
 * who issues `decision` (VS-9.4).
 */
export interface AppellateHearingRules {
  readonly exchange: ExchangeRules;
  readonly officer: PanelRules;
  readonly decision: HearingDecisionRules;
}
