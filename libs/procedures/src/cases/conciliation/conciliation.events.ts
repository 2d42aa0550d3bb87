import type { DomainEvent } from '@pdr/event-sourcing';

export type ConciliationParty = 'complainant' | 'respondent';

export interface SettlementCorrectiveAction {
  readonly description: string;
  /** The time set for performance (a date in the rulebook's calendar, YYYY-MM-DD). */
  readonly performBy: string;
}

/** BBB-3.2: the CBBB obtained the facts as the Complainant sees them. */
export type ComplainantFactsObtained = DomainEvent<
  'ComplainantFactsObtained',
  { readonly caseId: string; readonly rule: string; readonly summary: string; readonly obtainedBy: string; readonly obtainedAt: string }
>;

/** BBB-3.2: the Respondent's response to the Complainant's facts arrived. */
export type RespondentResponseReceived = DomainEvent<
  'RespondentResponseReceived',
  { readonly caseId: string; readonly rule: string; readonly summary: string; readonly receivedAt: string; readonly recordedBy: string }
>;

/** BBB-3.2: a Settlement offer by the Respondent was presented to the Complainant. */
export type SettlementOfferPresented = DomainEvent<
  'SettlementOfferPresented',
  {
    readonly caseId: string;
    readonly rule: string;
    readonly offerId: string;
    readonly offeredBy: 'respondent';
    readonly presentedTo: 'complainant';
    readonly terms: string;
    readonly presentedBy: string;
    readonly presentedAt: string;
  }
>;

/** BBB-3.3: a Party agreed to a settlement teleconference with CBBB staff. */
export type TeleconferenceAgreed = DomainEvent<'TeleconferenceAgreed', { readonly caseId: string; readonly rule: string; readonly party: ConciliationParty; readonly agreedAt: string }>;

/** BBB-3.3: both Parties agreed; the teleconference is scheduled. */
export type TeleconferenceScheduled = DomainEvent<
  'TeleconferenceScheduled',
  { readonly caseId: string; readonly rule: string; readonly scheduledFor: string; readonly scheduledBy: string; readonly scheduledAt: string }
>;

/** BBB-3.4: the Parties reached a Settlement and told the CBBB its terms; not effective until the letter is circulated. */
export type SettlementReached = DomainEvent<
  'SettlementReached',
  { readonly caseId: string; readonly rule: string; readonly terms: string; readonly correctiveAction?: SettlementCorrectiveAction; readonly reachedAt: string; readonly stage: string }
>;

/** BBB-3.4: the CBBB drafted and circulated to the Parties the letter with the terms: the Settlement takes effect. */
export type SettlementLetterCirculated = DomainEvent<
  'SettlementLetterCirculated',
  {
    readonly caseId: string;
    readonly rule: string;
    readonly terms: string;
    readonly correctiveAction?: SettlementCorrectiveAction;
    readonly circulatedTo: readonly ConciliationParty[];
    readonly draftedBy: string;
    readonly circulatedAt: string;
    readonly note?: string;
    /** Where the Case goes next (verification of performance), or absent when it closes. */
    readonly stage?: string;
  }
>;

/** BBB-5: the Respondent certified that the corrective action has been implemented. */
export type PerformanceCertified = DomainEvent<
  'PerformanceCertified',
  { readonly caseId: string; readonly rule: string; readonly deadlineId: string; readonly statement: string; readonly certifiedAt: string }
>;

/** BBB-5: the CBBB asked for information substantiating the certification. */
export type SubstantiationRequested = DomainEvent<
  'SubstantiationRequested',
  { readonly caseId: string; readonly rule: string; readonly requested: string; readonly requestedBy: string; readonly requestedAt: string }
>;

/** BBB-5: the CBBB determined that the corrective action has been taken. */
export type PerformanceVerified = DomainEvent<
  'PerformanceVerified',
  { readonly caseId: string; readonly rule: string; readonly note: string; readonly verifiedBy: string; readonly verifiedAt: string }
>;

/** BBB-5: the period for certifying implementation passed without a certification. */
export type PerformanceNotCertified = DomainEvent<
  'PerformanceNotCertified',
  { readonly caseId: string; readonly rule: string; readonly deadlineId: string; readonly dueAt: string; readonly observedAt: string }
>;

/**
 * BBB-8.8: staff must decide whether to refer the matter; the referral itself is decided elsewhere. Recorded when the
 * Respondent does not certify a Settlement's corrective action in time (BBB-5), and reused by the Hearing's default.
 */
export type ReferralDecisionRequired = DomainEvent<
  'ReferralDecisionRequired',
  {
    readonly caseId: string;
    readonly rule: string;
    readonly reason: string;
    /** The deadline that passed, and the rule it came from. */
    readonly deadlineId: string;
    readonly deadlineRule: string;
    readonly stage: string;
    readonly requiredAt: string;
  }
>;

export type ConciliationEvent =
  | ComplainantFactsObtained
  | RespondentResponseReceived
  | SettlementOfferPresented
  | TeleconferenceAgreed
  | TeleconferenceScheduled
  | SettlementReached
  | SettlementLetterCirculated
  | PerformanceCertified
  | SubstantiationRequested
  | PerformanceVerified
  | PerformanceNotCertified
  | ReferralDecisionRequired;

export const CONCILIATION_EVENT_TYPES: readonly ConciliationEvent['type'][] = [
  'ComplainantFactsObtained',
  'RespondentResponseReceived',
  'SettlementOfferPresented',
  'TeleconferenceAgreed',
  'TeleconferenceScheduled',
  'SettlementReached',
  'SettlementLetterCirculated',
  'PerformanceCertified',
  'SubstantiationRequested',
  'PerformanceVerified',
  'PerformanceNotCertified',
  'ReferralDecisionRequired',
];
