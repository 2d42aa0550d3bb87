import type { BusinessCalendar } from '@pdr/calendar';
import type { InvestigatedFact, ProceedingsDocument, ProceedingsParty } from './panelist-proceedings.events';

/** BBB-4.5.1, VS-8.4(a): the decision-maker asks either or both Parties for information. */
export interface RequestPanelistInformation {
  readonly kind: 'RequestPanelistInformation';
  readonly caseId: string;
  readonly panelistId: string;
  readonly parties: readonly ProceedingsParty[];
  readonly question: string;
  /** The answer's time limit, in business days, where the rules let the request set it (VS-8.4a); refused where they fix it (BBB-4.5.1). */
  readonly timeLimitBusinessDays?: number;
  readonly issuedAt: string;
}

/** A request, forwarded answer or default notice reached its recipient (the period after receipt starts). */
export interface RecordProceedingsDelivery {
  readonly kind: 'RecordProceedingsDelivery';
  readonly caseId: string;
  readonly requestId: string;
  readonly document: ProceedingsDocument;
  readonly deliveredAt: string;
  readonly calendar: BusinessCalendar;
  readonly issuedAt: string;
}

export interface SubmitPanelistInformationAnswer {
  readonly kind: 'SubmitPanelistInformationAnswer';
  readonly caseId: string;
  readonly requestId: string;
  readonly receivedAt: string;
  readonly summary: string;
  readonly issuedAt: string;
}

export interface CommentOnPanelistAnswer {
  readonly kind: 'CommentOnPanelistAnswer';
  readonly caseId: string;
  readonly requestId: string;
  readonly receivedAt: string;
  readonly summary: string;
  readonly issuedAt: string;
}

export interface DecideWithoutOralHearing {
  readonly kind: 'DecideWithoutOralHearing';
  readonly caseId: string;
  readonly panelistId: string;
  readonly issuedAt: string;
}

/** BBB-4.5.2: an oral hearing, noticed in writing to all Parties now (issuedAt); at least 15 business days ahead. */
export interface ScheduleOralHearing {
  readonly kind: 'ScheduleOralHearing';
  readonly caseId: string;
  readonly panelistId: string;
  readonly hearingAt: string;
  readonly means: string;
  readonly cbbbObserving?: boolean;
  readonly calendar: BusinessCalendar;
  readonly issuedAt: string;
}

export interface RecordProprietaryExclusion {
  readonly kind: 'RecordProprietaryExclusion';
  readonly caseId: string;
  readonly panelistId: string;
  readonly hearingId: string;
  readonly excludedParty: ProceedingsParty;
  readonly topic?: string;
  readonly issuedAt: string;
}

export interface RecordOralHearingAbsence {
  readonly kind: 'RecordOralHearingAbsence';
  readonly caseId: string;
  readonly panelistId: string;
  readonly hearingId: string;
  readonly absentParty: ProceedingsParty;
  readonly issuedAt: string;
}

/** BBB-4.5.3: the CBBB answers the Panelist's question: the reason for the absence it knows of, if any. */
export interface ReportAbsenceReason {
  readonly kind: 'ReportAbsenceReason';
  readonly caseId: string;
  readonly hearingId: string;
  readonly knownReason?: string;
  readonly issuedAt: string;
}

/** BBB-4.5.3: reschedule (a new hearing, noticed anew) or proceed with the Party present. */
export interface ResolveOralHearingAbsence {
  readonly kind: 'ResolveOralHearingAbsence';
  readonly caseId: string;
  readonly panelistId: string;
  readonly hearingId: string;
  readonly outcome: 'reschedule' | 'proceed';
  readonly hearingAt?: string;
  readonly means?: string;
  readonly calendar: BusinessCalendar;
  readonly issuedAt: string;
}

/** VS-8.4(b): the administrator furnishes the decision-maker its investigative analysis of each essential fact. */
export interface FurnishInvestigativeAnalysis {
  readonly kind: 'FurnishInvestigativeAnalysis';
  readonly caseId: string;
  readonly facts: readonly InvestigatedFact[];
  readonly issuedAt: string;
}

export type PanelistProceedingsCommand =
  | RequestPanelistInformation
  | RecordProceedingsDelivery
  | SubmitPanelistInformationAnswer
  | CommentOnPanelistAnswer
  | DecideWithoutOralHearing
  | ScheduleOralHearing
  | RecordProprietaryExclusion
  | RecordOralHearingAbsence
  | ReportAbsenceReason
  | ResolveOralHearingAbsence
  | FurnishInvestigativeAnalysis;

export const PANELIST_PROCEEDINGS_COMMAND_KINDS: readonly PanelistProceedingsCommand['kind'][] = [
  'RequestPanelistInformation',
  'RecordProceedingsDelivery',
  'SubmitPanelistInformationAnswer',
  'CommentOnPanelistAnswer',
  'DecideWithoutOralHearing',
  'ScheduleOralHearing',
  'RecordProprietaryExclusion',
  'RecordOralHearingAbsence',
  'ReportAbsenceReason',
  'ResolveOralHearingAbsence',
  'FurnishInvestigativeAnalysis',
];
