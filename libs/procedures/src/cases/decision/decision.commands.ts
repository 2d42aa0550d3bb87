import type { BusinessCalendar } from '@pdr/calendar';
import type { DecisionCorrectiveAction, DecisionDocument, DecisionParty } from './decision.events';

/** BBB-4.6.1: the Panelist issues the Decision; the CBBB sends it to the Parties. */
export interface IssueDecision {
  readonly kind: 'IssueDecision';
  readonly caseId: string;
  readonly panelistId: string;
  readonly findings: string;
  readonly correctiveActionNecessary: boolean;
  readonly correctiveAction?: DecisionCorrectiveAction;
  readonly calendar: BusinessCalendar;
  readonly issuedAt: string;
}

/** BBB-4.6.1: start monitoring the 30-business-day target while the Decision is awaited. */
export interface MonitorDecisionTarget {
  readonly kind: 'MonitorDecisionTarget';
  readonly caseId: string;
  readonly calendar: BusinessCalendar;
  readonly issuedAt: string;
}

/** The Decision, amended Decision or Notice of Intent reached the Respondent; the period after receipt runs from here. */
export interface RecordDecisionDelivery {
  readonly kind: 'RecordDecisionDelivery';
  readonly caseId: string;
  readonly document: DecisionDocument;
  readonly deliveredAt: string;
  readonly calendar: BusinessCalendar;
  readonly issuedAt: string;
}

/** BBB-4.6.2 / BBB-4.6.4: the Respondent states that, and how, it will comply within the time frame. */
export interface StateComplianceIntent {
  readonly kind: 'StateComplianceIntent';
  readonly caseId: string;
  readonly how: string;
  readonly receivedAt: string;
  readonly calendar: BusinessCalendar;
  readonly issuedAt: string;
}

/** BBB-4.6.3: a Party claims the corrective action cannot be implemented. */
export interface ClaimImpossibility {
  readonly kind: 'ClaimImpossibility';
  readonly caseId: string;
  readonly party: DecisionParty;
  readonly grounds: string;
  readonly receivedAt: string;
  readonly issuedAt: string;
}

/** BBB-4.6.3: the Panelist seeks evidence (or another hearing). */
export interface SeekImpossibilityEvidence {
  readonly kind: 'SeekImpossibilityEvidence';
  readonly caseId: string;
  readonly panelistId: string;
  readonly requested: string;
  readonly issuedAt: string;
}

/** BBB-4.6.3: the Panelist confirms (and amends the Decision) or rejects the claim. */
export interface RuleOnImpossibility {
  readonly kind: 'RuleOnImpossibility';
  readonly caseId: string;
  readonly panelistId: string;
  readonly confirmed: boolean;
  readonly reason: string;
  /** Required when confirmed: the amended corrective action (new time frame or another remedy). */
  readonly amendment?: DecisionCorrectiveAction;
  readonly calendar: BusinessCalendar;
  readonly issuedAt: string;
}

/** BBB-5: the Respondent certifies implementation of the Decision's corrective action. */
export interface CertifyDecisionCorrectiveAction {
  readonly kind: 'CertifyDecisionCorrectiveAction';
  readonly caseId: string;
  readonly statement: string;
  readonly issuedAt: string;
}

/** BBB-5, BBB-6 (7): the CBBB verifies the corrective action; the Case closes. */
export interface VerifyDecisionCorrectiveAction {
  readonly kind: 'VerifyDecisionCorrectiveAction';
  readonly caseId: string;
  readonly actorId: string;
  readonly note: string;
  readonly issuedAt: string;
}

export type DecisionCommand =
  | IssueDecision
  | MonitorDecisionTarget
  | RecordDecisionDelivery
  | StateComplianceIntent
  | ClaimImpossibility
  | SeekImpossibilityEvidence
  | RuleOnImpossibility
  | CertifyDecisionCorrectiveAction
  | VerifyDecisionCorrectiveAction;

export const DECISION_COMMAND_KINDS: readonly DecisionCommand['kind'][] = [
  'IssueDecision',
  'MonitorDecisionTarget',
  'RecordDecisionDelivery',
  'StateComplianceIntent',
  'ClaimImpossibility',
  'SeekImpossibilityEvidence',
  'RuleOnImpossibility',
  'CertifyDecisionCorrectiveAction',
  'VerifyDecisionCorrectiveAction',
];
