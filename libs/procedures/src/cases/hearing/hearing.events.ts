import type { DomainEvent } from '@pdr/event-sourcing';

// BBB-4.4.1 → BBB-8.8 reuses conciliation's ReferralDecisionRequired (the referral itself is decided elsewhere).

export type HearingParty = 'complainant' | 'respondent';

/**
 * A document of the written phase that is forwarded to the other Party, and whose receipt starts the next period: a
 * slot's id or a default notice's (rulebook data; BBB's are 'position', 'default-notice', 'rebuttal' and 'reply').
 */
export type HearingDocument = string;

export interface RemedySought {
  readonly kind: string;
  readonly details?: string;
}

/**
 * BBB-4.1: a Party asks for a Data Privacy Hearing. The request is taken as the record that Conciliation failed
 * (`conciliationEnded`): no separate ConciliationFailed fact is required before it.
 */
export type HearingRequested = DomainEvent<
  'HearingRequested',
  {
    readonly caseId: string;
    readonly rule: string;
    readonly requestedBy: HearingParty;
    /** The stage the case enters (the rulebook's name for it). */
    readonly stage: string;
    readonly remedies: readonly RemedySought[];
    /** VS-8.2: the requester's brief, forwarded with the request. */
    readonly brief?: string;
    readonly conciliationEnded: true;
    readonly requestedAt: string;
  }
>;

/** BBB-4.4: the Complainant's written Position (or the original complaint accepted as the Position). */
export type PositionSubmitted = DomainEvent<
  'PositionSubmitted',
  { readonly caseId: string; readonly stage: string; readonly rule: string; readonly receivedAt: string; readonly summary: string; readonly fromComplaint: boolean }
>;

/** BBB-4.4 / BBB-4.4.1: the Respondent's Rebuttal, in time or within the default notice's period. */
export type RebuttalSubmitted = DomainEvent<
  'RebuttalSubmitted',
  { readonly caseId: string; readonly stage: string; readonly rule: string; readonly receivedAt: string; readonly summary: string; readonly afterDefault: boolean }
>;

/** BBB-4.4.2: the Complainant's reply, filed as an addendum to the Position. */
export type ReplySubmitted = DomainEvent<
  'ReplySubmitted',
  { readonly caseId: string; readonly stage: string; readonly rule: string; readonly receivedAt: string; readonly summary: string; readonly addendumTo: string }
>;

/** BBB-4.4.3: the Respondent's response, filed as an addendum to the Rebuttal. */
export type ResponseSubmitted = DomainEvent<
  'ResponseSubmitted',
  { readonly caseId: string; readonly rule: string; readonly receivedAt: string; readonly summary: string; readonly addendumTo: string }
>;

/** A forwarded document (or the default notice) reached its recipient (BBB-8.7: courier delivery can lag sending). */
export type HearingDocumentDelivered = DomainEvent<
  'HearingDocumentDelivered',
  { readonly caseId: string; readonly document: HearingDocument; readonly recipient: HearingParty; readonly rule: string; readonly deliveredAt: string }
>;

/** BBB-4.4.1: no Rebuttal in time: the Respondent is told in writing it has a last period after receipt of this notice. */
export type DefaultNoticeIssued = DomainEvent<
  'DefaultNoticeIssued',
  { readonly caseId: string; readonly stage: string; readonly rule: string; readonly recipient: HearingParty; readonly lapsedDeadlineId: string; readonly sentAt: string }
>;

/** BBB-4.4.1: the Respondent's default, to be noted in the next Procedure report. */
export type RespondentDefaultNoted = DomainEvent<
  'RespondentDefaultNoted',
  { readonly caseId: string; readonly rule: string; readonly report: 'next-procedure-report'; readonly deadlineId: string; readonly notedAt: string }
>;

/** BBB-4.4.2 / BBB-4.4.3: the Case Record (Position and Rebuttal with addenda) goes to the Panelist. */
export type HearingRecordSentToPanelist = DomainEvent<
  'HearingRecordSentToPanelist',
  { readonly caseId: string; readonly stage: string; readonly rule: string; /** Why the exchange ended (rulebook data; BBB's 'no-reply', 'response-received', 'response-period-ended'). */ readonly reason: string; readonly sentAt: string }
>;

export type HearingEvent =
  | HearingRequested
  | PositionSubmitted
  | RebuttalSubmitted
  | ReplySubmitted
  | ResponseSubmitted
  | HearingDocumentDelivered
  | DefaultNoticeIssued
  | RespondentDefaultNoted
  | HearingRecordSentToPanelist;

export const HEARING_EVENT_TYPES: readonly HearingEvent['type'][] = [
  'HearingRequested',
  'PositionSubmitted',
  'RebuttalSubmitted',
  'ReplySubmitted',
  'ResponseSubmitted',
  'HearingDocumentDelivered',
  'DefaultNoticeIssued',
  'RespondentDefaultNoted',
  'HearingRecordSentToPanelist',
];
