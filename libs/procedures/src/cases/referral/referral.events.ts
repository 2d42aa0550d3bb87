import type { DomainEvent } from '@pdr/event-sourcing';
import type { RefusalReason } from '../../rulebooks/referral-rules';

/** BBB-8.8: the administrator decided to refer; the notice and cure period come first. */
export type ReferralDecided = DomainEvent<
  'ReferralDecided',
  {
    readonly caseId: string;
    readonly rule: string;
    readonly agency: { readonly name: string };
    readonly respondentName: string;
    readonly nature: string;
    readonly summary: string;
    readonly reason: string;
    readonly cureBusinessDays: number;
    readonly decidedBy: string;
    readonly decidedAt: string;
  }
>;

/**
 * BBB-8.8 "may refer": not referred; the case closes with the stated closure. Where not referring closes nothing
 * (VS-13.1), `stage` is where the case returns: the stage the referral question arose in.
 */
export type ReferralDeclined = DomainEvent<
  'ReferralDeclined',
  { readonly caseId: string; readonly rule: string; readonly reason: string; readonly decidedBy: string; readonly decidedAt: string; readonly stage?: string }
>;

/** BBB-8.8: the Respondent is notified before any referral (with the NoticeSent that carries it). */
export type ReferralNoticeIssued = DomainEvent<
  'ReferralNoticeIssued',
  { readonly caseId: string; readonly rule: string; readonly stage: string; readonly recipient: 'respondent'; readonly cureBusinessDays: number; readonly sentAt: string }
>;

export type ReferralNoticeDelivered = DomainEvent<
  'ReferralNoticeDelivered',
  { readonly caseId: string; readonly rule: string; readonly stage: string; readonly recipient: 'respondent'; readonly deliveredAt: string }
>;

/** BBB-8.8: cured within the period; the case returns to `stage` (or closes, after a refusal to proceed). */
export type ReferralCured = DomainEvent<
  'ReferralCured',
  { readonly caseId: string; readonly rule: string; readonly stage: string; readonly actionTaken: string; readonly curedAt: string }
>;

/** BBB-8.8, BBB-7.3: the matter went to the agency; kept for the annual report (a summary naming the Respondent). */
export type ReferralMade = DomainEvent<
  'ReferralMade',
  {
    readonly caseId: string;
    readonly rule: string;
    readonly reportRule: string;
    readonly agency: { readonly name: string };
    readonly respondent: { readonly name: string; readonly businessId?: string };
    readonly summary: string;
    readonly nature: string;
    readonly actionTaken: string;
    readonly referredAt: string;
  }
>;

/** BBB-4.3.1, BBB-8.4, BBB-6 (9)–(11): the administrator refused to proceed. */
export type RefusedToProceed = DomainEvent<
  'RefusedToProceed',
  {
    readonly caseId: string;
    readonly rule: string;
    readonly reason: RefusalReason;
    readonly party: 'complainant' | 'respondent';
    readonly details: string;
    readonly referralConsidered: boolean;
    readonly decidedBy: string;
    readonly refusedAt: string;
  }
>;

export type ReferralEvent = ReferralDecided | ReferralDeclined | ReferralNoticeIssued | ReferralNoticeDelivered | ReferralCured | ReferralMade | RefusedToProceed;

export const REFERRAL_EVENT_TYPES: readonly ReferralEvent['type'][] = ['ReferralDecided', 'ReferralDeclined', 'ReferralNoticeIssued', 'ReferralNoticeDelivered', 'ReferralCured', 'ReferralMade', 'RefusedToProceed'];
