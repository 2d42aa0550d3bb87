import type { ClosureRule, DeadlineRule } from '../deadlines/deadline-rule';

/** A field of the appeal command the rules require, with what it must show (VS-5.5(a): Credible Evidence of a material error). */
export interface AppealRequirement {
  readonly field: 'grounds' | 'evidence';
  readonly description: string;
}

/**
 * An appeal a closure opens (VS-5.5(a), VS-9.1): who may bring it, within which period after receipt of the notice of
 * closing, what it must include, and where a granted appeal takes the case back to. The closure is final once the period
 * lapses unused or the appeal is upheld.
 */
export interface ClosureAppeal {
  /** The rule that gives the appeal. */
  readonly rule: string;
  readonly by: 'complainant' | 'respondent';
  /** Counted from receipt of the notice of closing: sent is received only where transmittal is 'on-transmission'. */
  readonly window: DeadlineRule;
  readonly requires: readonly AppealRequirement[];
  /** The stage a granted appeal reopens the case at (VS-5.5(a): the Complaint is re-examined). */
  readonly reopensAt: string;
  /**
   * A granted (accepted) appeal is heard by the rulebook's appellate hearing (VS-9): its exchange opens at once (the
   * appeal brief forwarded, the rebuttal due, VS-9.2); `reopensAt` is the stage its opening slot awaits.
   */
  readonly opens?: 'appellate-hearing';
}

/** One way a case closes, with its exact label; `variants`: the same reason reached under another rule or told in other words. */
export interface Outcome extends ClosureRule {
  readonly appeal?: ClosureAppeal;
  /** BBB-6 (11) is one reason told three ways; VS-5.4 records the outcome "Ineligible" as VS-5.5 does, without its appeal. */
  readonly variants?: Readonly<Record<string, ClosureRule>>;
}

/** Every closure of a rulebook, by name: the parts' data reference these objects, so each label has one source. */
export type OutcomeCatalogue = Readonly<Record<string, Outcome>>;

/** Every closure the catalogue holds: its outcomes and their variants. */
export function closuresIn(catalogue: OutcomeCatalogue): readonly ClosureRule[] {
  return Object.values(catalogue).flatMap((outcome) => [outcome, ...Object.values(outcome.variants ?? {})]);
}

/** The outcome a closure is, when it is an outcome itself (not a variant): where its appeal, if any, is declared. */
export function outcomeOf(catalogue: OutcomeCatalogue, closure: Pick<ClosureRule, 'reason' | 'rule' | 'label'>): Outcome | undefined {
  return Object.values(catalogue).find((outcome) => outcome.reason === closure.reason && outcome.rule === closure.rule && outcome.label === closure.label);
}
