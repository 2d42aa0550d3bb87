import type { DomainEvent } from '@pdr/event-sourcing';
import type { RemedySought } from '../hearing/hearing.events';

// BBB-4.6.4 and BBB-5 → BBB-8.8 reuse conciliation's ReferralDecisionRequired (the referral itself is decided elsewhere).

export type DecisionParty = 'complainant' | 'respondent';

/** A document of the Decision phase whose receipt by the Respondent starts a period. */
export type DecisionDocument = 'decision' | 'amended-decision' | 'notice-of-intent';

/** What a Decision orders when corrective action is necessary: the remedies (BBB-4.1) and the time frame. */
export interface DecisionCorrectiveAction {
  readonly description: string;
  readonly remedies: readonly RemedySought[];
  /** The time frame: the date by which the corrective action is to be performed. */
  readonly performBy: string;
}

/** BBB-4.6.1: the Panelist's Decision: findings, whether corrective action is necessary, and its time frame. */
export type DecisionIssued = DomainEvent<
  'DecisionIssued',
  {
    readonly caseId: string;
    readonly rule: string;
    readonly stage: string;
    readonly panelistId: string;
    readonly findings: string;
    readonly correctiveActionNecessary: boolean;
    readonly correctiveAction?: DecisionCorrectiveAction;
    readonly issuedAt: string;
  }
>;

/** BBB-4.6.1: the 30-business-day target passed without a Decision. A flag for monitoring, not a default. */
export type DecisionTargetMissed = DomainEvent<'DecisionTargetMissed', { readonly caseId: string; readonly rule: string; readonly deadlineId: string; readonly dueAt: string; readonly observedAt: string }>;

/** The Decision, the amended Decision or the Notice of Intent reached the Respondent: the next period runs from receipt. */
export type DecisionDocumentDelivered = DomainEvent<
  'DecisionDocumentDelivered',
  { readonly caseId: string; readonly document: DecisionDocument; readonly recipient: 'respondent'; readonly rule: string; readonly deliveredAt: string }
>;

/** BBB-4.6.2 (or BBB-4.6.4 after a Notice of Intent): the Respondent will comply, and how, within the time frame. */
export type ComplianceIntentStated = DomainEvent<
  'ComplianceIntentStated',
  { readonly caseId: string; readonly rule: string; readonly stage: string; readonly how: string; readonly receivedAt: string; readonly afterNoticeOfIntent: boolean }
>;

/** BBB-4.6.3: a Party claims the corrective action cannot be implemented (in time or at all). */
export type ImpossibilityClaimed = DomainEvent<
  'ImpossibilityClaimed',
  { readonly caseId: string; readonly rule: string; readonly party: DecisionParty; readonly grounds: string; readonly receivedAt: string }
>;

/** BBB-4.6.3: the Panelist seeks evidence (or another hearing) on the claim. */
export type ImpossibilityEvidenceSought = DomainEvent<
  'ImpossibilityEvidenceSought',
  { readonly caseId: string; readonly rule: string; readonly panelistId: string; readonly requested: string; readonly requestedAt: string }
>;

/** BBB-4.6.3: the Panelist did not confirm the claim: the Decision stands. */
export type ImpossibilityClaimRejected = DomainEvent<
  'ImpossibilityClaimRejected',
  { readonly caseId: string; readonly rule: string; readonly stage: string; readonly panelistId: string; readonly reason: string; readonly rejectedAt: string }
>;

/** BBB-4.6.3: impossibility confirmed: a new time frame, or another remedy within the rules (BBB-4.1). */
export type DecisionAmended = DomainEvent<
  'DecisionAmended',
  { readonly caseId: string; readonly rule: string; readonly stage: string; readonly panelistId: string; readonly correctiveAction: DecisionCorrectiveAction; readonly reason: string; readonly amendedAt: string }
>;

/** BBB-4.6.4: no statement within BBB-4.6.2's period: a Notice of Intent to the Respondent. */
export type NoticeOfIntentIssued = DomainEvent<
  'NoticeOfIntentIssued',
  { readonly caseId: string; readonly stage: string; readonly rule: string; readonly recipient: 'respondent'; readonly lapsedDeadlineId: string; readonly sentAt: string }
>;

/** BBB-4.6.4, BBB-7.3: still no intent to comply: the Decision is to be made public, and the refusal noted in the next report. */
export type DecisionFlaggedForPublication = DomainEvent<
  'DecisionFlaggedForPublication',
  { readonly caseId: string; readonly rule: string; readonly publicationRule: string; readonly report: 'next-procedure-report'; readonly deadlineId: string; readonly flaggedAt: string }
>;

/** BBB-5: the Respondent certifies it implemented the Decision's corrective action. */
export type DecisionCorrectiveActionCertified = DomainEvent<
  'DecisionCorrectiveActionCertified',
  { readonly caseId: string; readonly rule: string; readonly deadlineId: string; readonly statement: string; readonly certifiedAt: string }
>;

/** BBB-5: the CBBB verified the certified corrective action (the Case then closes, BBB-6 (7)). */
export type DecisionCorrectiveActionVerified = DomainEvent<
  'DecisionCorrectiveActionVerified',
  { readonly caseId: string; readonly rule: string; readonly note: string; readonly verifiedBy: string; readonly verifiedAt: string }
>;

/** BBB-5: implementation not certified in time (a finding of noncompliance for the next report; referral is for staff). */
export type DecisionCorrectiveActionNotCertified = DomainEvent<
  'DecisionCorrectiveActionNotCertified',
  { readonly caseId: string; readonly rule: string; readonly deadlineId: string; readonly dueAt: string; readonly report: 'next-procedure-report'; readonly observedAt: string }
>;

export type DecisionEvent =
  | DecisionIssued
  | DecisionTargetMissed
  | DecisionDocumentDelivered
  | ComplianceIntentStated
  | ImpossibilityClaimed
  | ImpossibilityEvidenceSought
  | ImpossibilityClaimRejected
  | DecisionAmended
  | NoticeOfIntentIssued
  | DecisionFlaggedForPublication
  | DecisionCorrectiveActionCertified
  | DecisionCorrectiveActionVerified
  | DecisionCorrectiveActionNotCertified;

export const DECISION_EVENT_TYPES: readonly DecisionEvent['type'][] = [
  'DecisionIssued',
  'DecisionTargetMissed',
  'DecisionDocumentDelivered',
  'ComplianceIntentStated',
  'ImpossibilityClaimed',
  'ImpossibilityEvidenceSought',
  'ImpossibilityClaimRejected',
  'DecisionAmended',
  'NoticeOfIntentIssued',
  'DecisionFlaggedForPublication',
  'DecisionCorrectiveActionCertified',
  'DecisionCorrectiveActionVerified',
  'DecisionCorrectiveActionNotCertified',
];
