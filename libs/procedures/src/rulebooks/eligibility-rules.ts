import type { ClosureRule, NoticeRule } from '../deadlines/deadline-rule';
import type { ConditionComputation } from './complaint-rules';

/** One condition a complaint must meet before it is docketed (BBB-2.3's seven; VS-5.1/5.2). */
export interface EligibilityCondition {
  readonly id: string;
  readonly rule: string;
  readonly description: string;
  /** Where a failing condition leads: most close as ineligible; a missing good-faith attempt asks the Complainant to try first. */
  readonly whenNotMet?: {
    readonly notice: NoticeRule;
    /** The closure recorded instead of the ineligible one (VS-5.3 asks the Complainant to try first: no Ineligibility Determination to appeal). */
    readonly closure?: ClosureRule;
  };
  /** Answered from the complaint (and the registry) when it is filed; staff judge it otherwise. */
  readonly computedAtFiling?: ConditionComputation;
}

/** How a rulebook reviews eligibility, docket a Case, and closes an ineligible complaint. */
export interface EligibilityRules {
  readonly conditions: readonly EligibilityCondition[];
  /** A finding on this condition needs the registry's evidence that the Respondent's participation was current at filing. */
  readonly participationCondition: string;
  /** The condition identity verification answers, when the procedure verifies identity. */
  readonly identityCondition?: string;
  readonly ineligible: {
    readonly notice: NoticeRule;
    readonly closure: ClosureRule;
    /** The rule that lets the administrator name another agency with jurisdiction, when the procedure has one. */
    readonly otherAgencyRule?: string;
  };
  readonly docketing: {
    readonly rule: string;
    /** Where the case goes once docketed. */
    readonly nextStage: string;
    /** Acknowledgements each Party records when a Case opens (BBB-8.1's waiver), if the procedure asks for one. */
    readonly acknowledgementRule?: string;
  };
  /** After docketing, either Party may name a representative (BBB-2.5). */
  readonly representativeRule?: string;
}

export interface WithdrawalRules {
  readonly rule: string;
  readonly closure: ClosureRule;
  readonly notice: NoticeRule;
  /** Who is sent the notice: absent, the Complainant alone (BBB-6 (3)); VS-10.1 notifies the Parties. */
  readonly recipients?: readonly ('complainant' | 'respondent')[];
}
