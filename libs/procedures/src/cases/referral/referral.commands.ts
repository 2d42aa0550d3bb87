import type { BusinessCalendar } from '@pdr/calendar';
import type { RefusalReason } from '../../rulebooks/referral-rules';

/** BBB-8.8: the administrator decides to refer; the Respondent is first notified and given a cure period. */
export interface DecideToRefer {
  readonly kind: 'DecideToRefer';
  readonly caseId: string;
  readonly agency: { readonly name: string };
  /** BBB-7.3: the nature of the Case, and a summary naming the Respondent, for the Procedure report. */
  readonly respondentName: string;
  readonly nature: string;
  readonly summary: string;
  /** Business days to cure after receipt of the notice; at least the rulebook's minimum (BBB-8.8: 10). Defaults to the minimum. */
  readonly cureBusinessDays?: number;
  readonly reason: string;
  readonly decidedBy: string;
  readonly issuedAt: string;
}

/** BBB-8.8 "may refer": the administrator decides not to, with a reason; the case closes (see ReferralRules). */
export interface DecideNotToRefer {
  readonly kind: 'DecideNotToRefer';
  readonly caseId: string;
  readonly reason: string;
  readonly decidedBy: string;
  readonly issuedAt: string;
}

/** The referral notice reached the Respondent: the cure period runs from receipt. */
export interface RecordReferralNoticeDelivery {
  readonly kind: 'RecordReferralNoticeDelivery';
  readonly caseId: string;
  readonly deliveredAt: string;
  readonly calendar: BusinessCalendar;
  readonly issuedAt: string;
}

/** The Respondent cured within the period (BBB-8.8), with what it did. */
export interface CureReferral {
  readonly kind: 'CureReferral';
  readonly caseId: string;
  readonly receivedAt: string;
  readonly actionTaken: string;
  /** A cure can restart a period (BBB-5 certification after a late agreement to a Decision). */
  readonly calendar: BusinessCalendar;
  readonly issuedAt: string;
}

/** BBB-4.3.1, BBB-8.4, BBB-6 (9)–(11): the administrator refuses to proceed. */
export interface RefuseToProceed {
  readonly kind: 'RefuseToProceed';
  readonly caseId: string;
  readonly reason: RefusalReason;
  readonly party: 'complainant' | 'respondent';
  readonly details: string;
  /** A violating Respondent may be referred (BBB-4.3.1, BBB-8.4): the case goes to the referral decision instead of closing. */
  readonly considerReferral?: boolean;
  readonly decidedBy: string;
  readonly issuedAt: string;
}

export type ReferralCommand = DecideToRefer | DecideNotToRefer | RecordReferralNoticeDelivery | CureReferral | RefuseToProceed;
