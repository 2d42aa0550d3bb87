import type { RulebookRef } from '@pdr/event-sourcing';
import type { ClosureRule, DeadlineRule, NoticeRule } from '../deadlines/deadline-rule';
import type { EligibilityRules, WithdrawalRules } from './eligibility-rules';
import type { ConciliationRules } from './conciliation-rules';
import type { HearingRules } from './hearing-rules';
import type { MediationRules } from './mediation-rules';
import type { DecisionRules } from './decision-rules';
import type { AppellateHearingRules, HearingDecisionRules } from './hearing-decision-rules';
import type { PanelRules } from './panel-rules';
import type { PanelistProceedingsRules } from './panelist-proceedings-rules';
import type { ReferralRules } from './referral-rules';
import type { DocumentRules } from './document-rules';
import type { ReportRules } from './report-rules';
import type { PerformanceRules } from './performance-rules';
import type { OutcomeCatalogue } from './outcome-rules';
import type { ComplainantBreachRules, ComplaintRules, LanguageAssistanceRules } from './complaint-rules';

/** A privacy framework a complaint can be brought under (VS-1.1 requires each complaint to record which). */
export interface Framework {
  readonly id: string;
  readonly title: string;
}

/**
 * A written procedure, as data. Everything that differs between programs lives here or in code
 * registered per rulebook, never in conditionals on the program's name.
 */
export interface Rulebook extends RulebookRef {
  readonly title: string;
  /** The independent recourse mechanism that administers the procedure. */
  readonly administrator: string;
  readonly frameworks: readonly Framework[];
  /** The rule a missing or unknown framework breaks (a complaint under a one-framework rulebook needs none). */
  readonly frameworkRule: string;
  /** Countries (ISO 3166-1 alpha-2) whose Personal Data the procedure covers. */
  readonly coveredCountries: readonly string[];
  /** The rule under which the administrator verifies the Complainant's identity; absent when the procedure has no such step. */
  readonly identityVerificationRule?: string;
  /**
   * How documents travel and when they count as received: 'recorded' when staff record the delivery time once
   * known (BBB-8.7: a courier takes days), 'on-transmission' when sending is receiving (VS-3.3).
   */
  readonly transmittal: { readonly rule: string; readonly receipt: 'recorded' | 'on-transmission' };
  /** Every way a case closes, with its exact label and any appeal it opens: the parts' closures are these objects. */
  readonly outcomes: OutcomeCatalogue;
  /** Business-day calendar the procedure's deadlines are counted in. */
  readonly calendarId: string;
  /** Asking the Complainant for more information during eligibility review, and what follows silence. */
  readonly informationRequest: {
    readonly deadline: DeadlineRule;
    readonly onLapse: { readonly notice: NoticeRule; readonly closure: ClosureRule };
  };
  /** The rule under which the administrator extends a time limit for good cause. */
  readonly extensionRule: string;
  /** What a complaint must contain beyond what every complaint carries, and the outcomes it may seek (VS-3.1, VS-4.1); absent: nothing more. */
  readonly complaint?: ComplaintRules;
  readonly eligibility: EligibilityRules;
  /** Closing for the Complainant's material breach of the procedure (VS-6.1); absent when the procedure has no such closure. */
  readonly complainantBreach?: ComplainantBreachRules;
  /** Translation for a Party who needs it, when the procedure provides it outside the documents part (VS-11.1). */
  readonly languageAssistance?: LanguageAssistanceRules;
  /** The Complainant may withdraw at any time. */
  readonly withdrawal: WithdrawalRules;
  /** Conciliation and Settlement, and verification of a Settlement's corrective action; absent when the procedure has none. */
  readonly conciliation?: ConciliationRules;
  /** Consultative mediation opened at docketing (VS-7): the Response to Complaint and the request for a teleconference; absent when the procedure has none. */
  readonly mediation?: MediationRules;
  /** The written phase of a hearing (Position, Rebuttal, reply, response); absent when the procedure has none. */
  readonly hearing?: HearingRules;
  /** The Decision, the Respondent's statement, impossibility, Notice of Intent and certification; absent when the procedure has none. */
  readonly decision?: DecisionRules;
  /** Appointing the decision-maker (draw or designation, qualifications, conflicts, exclusions, objections, replacement); absent when the procedure has none. */
  readonly panel?: PanelRules;
  /** A Hearing Decision that orders or closes (VS-8.4(c)), where the rulebook composes one instead of `decision`. */
  readonly hearingDecision?: HearingDecisionRules;
  /** An appeal of a closure heard by another officer (VS-9). */
  readonly appellateHearing?: AppellateHearingRules;
  /** Monitoring performance of a Settlement Agreement or Reparation Order, and what performance or its failure leads to (VS-12); absent when the procedure has none. */
  readonly performance?: PerformanceRules;
  /** Referral to a government agency with its notice and cure period, and refusals to proceed; absent when the procedure has none. */
  readonly referral?: ReferralRules;
  /** Proprietary Information, the Case Record's audiences, confidentiality, disposal and language (BBB-4.3.2, BBB-8.2 to 8.9); absent when the procedure has none. */
  readonly documents?: DocumentRules;
  /** The Panelist's requests for information and oral hearings (BBB-4.5.1 to 4.5.3); absent when the procedure has none. */
  readonly panelistProceedings?: PanelistProceedingsRules;
  /** The Annual Procedure Report: the rule each of its sections answers (BBB-7.1 to BBB-7.3); absent when the service makes none under this rulebook. */
  readonly report?: ReportRules;
}
