import type { ClosureRule } from '../deadlines/deadline-rule';
import type { PartiesNotified } from './referral-rules';
import type { NotedMatter } from './report-rules';

/**
 * What failure to perform an undertaking leads to (VS-12.2): the matter noted in the next report (when the rulebook's
 * report notes it, `report.noted`) and the referral question, raised under `referralRule` and waiting in `referralStage`
 * (the referral part's decision stage). A rule listed in `referral.mustRefer` makes that referral required.
 */
export interface NonPerformance {
  readonly referralRule: string;
  /** Why the referral question arose, as `ReferralDecisionRequired.reason` records it. */
  readonly reason: string;
  readonly noted: NotedMatter;
  readonly referralStage: string;
}

/**
 * An undertaking whose performance the administrator monitors (a Settlement Agreement, a Reparation Order): the stage
 * the case waits in while it is monitored, how the case closes when the administrator is satisfied that it was
 * performed, who is told, and what failure to perform it leads to.
 */
export interface MonitoredUndertaking {
  /** The undertaking's id, recorded on its events (`settlement`, `reparation-order`). */
  readonly id: string;
  /** Its name in the procedure's words, for the next actions. */
  readonly name: string;
  /** The stage its performance is monitored in; the part that creates the undertaking leads the case there. */
  readonly stage: string;
  /** Performed to the administrator's satisfaction: the closure (from the outcomes catalogue) and the notices on closing. */
  readonly performed: { readonly rule: string; readonly closure: ClosureRule; readonly notify: PartiesNotified };
  readonly notPerformed: NonPerformance;
}

/**
 * Monitoring the performance of what the procedure's outcomes require of the Respondent (VS-12), as data: each
 * undertaking is monitored in its own stage; a rulebook without this section refuses the part's commands.
 */
export interface PerformanceRules {
  /** The rule under which performance is monitored and confirmed (VS-12.1): a confirmation outside a monitored stage is refused under it. */
  readonly rule: string;
  /** The rule under which failure to perform is recorded (VS-12.2): a record outside a monitored stage is refused under it. */
  readonly nonPerformanceRule: string;
  readonly undertakings: readonly MonitoredUndertaking[];
}

/** The undertaking monitored in `stage`, if any. */
export function undertakingMonitoredIn(rules: PerformanceRules, stage: string): MonitoredUndertaking | undefined {
  return rules.undertakings.find((undertaking) => undertaking.stage === stage);
}
