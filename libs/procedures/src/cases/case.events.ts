import type { DomainEvent, RulebookRef } from '@pdr/event-sourcing';
import type { DeadlineEvent } from '../deadlines/deadline.events';
import type { Channel } from '../shared/channels';

export interface Complainant {
  readonly name: string;
  readonly email: string;
  /** ISO 3166-1 alpha-2 country where the Personal Data was collected. */
  readonly country: string;
  /** BBB-2.2 / VS-5.1: the data subject, or the parent or legal guardian filing for a child. */
  readonly filingAs: 'data-subject' | 'parent-or-guardian';
  readonly preferredLanguage?: string;
}

export interface Respondent {
  readonly name: string;
  /** The business's id in the participating-business registry, when staff matched it. */
  readonly businessId?: string;
}

/** A Complaint arrived and was filed under a rulebook; eligibility review starts (BBB-2.1, VS-3.1). */
export type ComplaintFiled = DomainEvent<
  'ComplaintFiled',
  {
    readonly caseId: string;
    readonly rulebook: RulebookRef;
    readonly framework: string;
    readonly receivedAt: string;
    readonly channel: Channel;
    readonly contactId?: string;
    readonly complainant: Complainant;
    readonly respondent: Respondent;
    readonly allegation: string;
    readonly outcomesSought: readonly string[];
  }
>;

/** The administrator verified that the Complainant is who they say they are (BBB-2.2.1). */
export type ComplainantIdentityVerified = DomainEvent<
  'ComplainantIdentityVerified',
  {
    readonly caseId: string;
    /** How identity was checked, in the case manager's words (document seen, call-back, ...). */
    readonly method: string;
    readonly verifiedAt: string;
  }
>;

/** The Complainant was asked for what the administrator needs to judge the Complaint (BBB-2.4b, VS-5.4). */
export type InformationRequested = DomainEvent<
  'InformationRequested',
  {
    readonly caseId: string;
    /** The id of the deadline the answer is due by. */
    readonly requestId: string;
    readonly rule: string;
    readonly requested: string;
    readonly recipient: 'complainant';
    readonly channel: Channel;
    readonly sentAt: string;
  }
>;

export type RequestedInformationReceived = DomainEvent<
  'RequestedInformationReceived',
  { readonly caseId: string; readonly requestId: string; readonly receivedAt: string; readonly summary: string }
>;

/** A notice the rules require went out: to whom, how and under which rule. */
export type NoticeSent = DomainEvent<
  'NoticeSent',
  {
    readonly caseId: string;
    readonly noticeId: string;
    readonly kind: string;
    readonly rule: string;
    readonly recipient: 'complainant' | 'respondent';
    readonly channel: Channel;
    readonly sentAt: string;
  }
>;

/** The case closed for exactly one reason (BBB-6; VeraSafe's outcomes). */
export type CaseClosed = DomainEvent<
  'CaseClosed',
  { readonly caseId: string; readonly reason: string; readonly rule: string; readonly label: string; readonly closedAt: string }
>;

export type CaseEvent =
  | ComplaintFiled
  | ComplainantIdentityVerified
  | InformationRequested
  | RequestedInformationReceived
  | NoticeSent
  | CaseClosed
  | DeadlineEvent;
