import type { DomainEvent } from '@pdr/event-sourcing';

export type ProceedingsParty = 'complainant' | 'respondent';
/** A document whose receipt starts a period (BBB-4.5.1: "after receipt"). */
export type ProceedingsDocument = 'request' | 'answer' | 'default-notice';

/**
 * BBB-4.5.1, VS-8.4(a): the decision-maker asks one Party for information (a request to both Parties is two of these).
 * `timeLimitBusinessDays`: the time limit the request specifies, where the rules let it set the answer period (VS-8.4a).
 */
export type PanelistInformationRequested = DomainEvent<
  'PanelistInformationRequested',
  {
    readonly caseId: string; readonly requestId: string; readonly panelistId: string; readonly party: ProceedingsParty; readonly question: string; readonly rule: string; readonly requestedAt: string;
    readonly timeLimitBusinessDays?: number;
  }
>;

/** A request, forwarded answer or default notice reached its recipient: the period after receipt runs from here. */
export type ProceedingsDocumentDelivered = DomainEvent<
  'ProceedingsDocumentDelivered',
  { readonly caseId: string; readonly requestId: string; readonly document: ProceedingsDocument; readonly recipient: ProceedingsParty; readonly rule: string; readonly deliveredAt: string; readonly deadlineId: string }
>;

/** BBB-4.5.1: the Party's answer, in time or within the default notice's period; forwarded at once to the other Party. */
export type PanelistInformationAnswered = DomainEvent<
  'PanelistInformationAnswered',
  { readonly caseId: string; readonly requestId: string; readonly party: ProceedingsParty; readonly rule: string; readonly receivedAt: string; readonly summary: string; readonly afterDefault: boolean }
>;

/** BBB-4.5.1: the other Party's response to the forwarded answer. */
export type PanelistAnswerCommented = DomainEvent<
  'PanelistAnswerCommented',
  { readonly caseId: string; readonly requestId: string; readonly party: ProceedingsParty; readonly rule: string; readonly receivedAt: string; readonly summary: string }
>;

/** BBB-4.5.1: no answer in time: a default notice gives the Party a last period after its receipt. */
export type PanelistDefaultNoticeIssued = DomainEvent<
  'PanelistDefaultNoticeIssued',
  { readonly caseId: string; readonly requestId: string; readonly party: ProceedingsParty; readonly rule: string; readonly lapsedDeadlineId: string; readonly sentAt: string }
>;

/**
 * BBB-4.5.1: still no answer: the Panelist proceeds and weighs the silence. VS-8.4(a): no answer within the time limit:
 * the officer proceeds on the other Procedure Submissions (`silenceWeighed: false`). The case does not close.
 */
export type PanelistProceedsWithoutAnswer = DomainEvent<
  'PanelistProceedsWithoutAnswer',
  { readonly caseId: string; readonly requestId: string; readonly party: ProceedingsParty; readonly rule: string; readonly deadlineId: string; readonly silenceWeighed: boolean; readonly at: string }
>;

/** BBB-4.5.2: the Panelist decides on the written record, without an oral hearing. */
export type DecidedWithoutOralHearing = DomainEvent<'DecidedWithoutOralHearing', { readonly caseId: string; readonly panelistId: string; readonly rule: string; readonly decidedAt: string }>;

/** BBB-4.5.2 (and BBB-4.5.3 on rescheduling): an oral hearing by electronic means, noticed in writing to all Parties. */
export type OralHearingScheduled = DomainEvent<
  'OralHearingScheduled',
  {
    readonly caseId: string;
    readonly hearingId: string;
    readonly panelistId: string;
    readonly rule: string;
    readonly hearingAt: string;
    readonly means: string;
    readonly noticeSentAt: string;
    /** The latest day written notice could go out: 15 business days before the hearing date. */
    readonly latestNoticeOn: string;
    readonly cbbbMayObserve: true;
    readonly cbbbObserving: boolean;
    /** The hearing this one replaces (BBB-4.5.3). */
    readonly reschedules?: string;
  }
>;

/** BBB-4.5.2: a Party excluded while the other Party's Proprietary Information is discussed. */
export type PartyExcludedForProprietaryInformation = DomainEvent<
  'PartyExcludedForProprietaryInformation',
  { readonly caseId: string; readonly hearingId: string; readonly excludedParty: ProceedingsParty; readonly informationOf: ProceedingsParty; readonly rule: string; readonly topic?: string; readonly at: string }
>;

/** BBB-4.5.3: a Party absent from a properly noticed oral hearing; the Panelist asks the CBBB for any known reason. */
export type OralHearingAbsenceRecorded = DomainEvent<
  'OralHearingAbsenceRecorded',
  { readonly caseId: string; readonly hearingId: string; readonly absentParty: ProceedingsParty; readonly rule: string; readonly reasonAskedOfCbbb: true; readonly at: string }
>;

/** BBB-4.5.3: the CBBB's answer: the reason it knows of, if any. */
export type AbsenceReasonReported = DomainEvent<
  'AbsenceReasonReported',
  { readonly caseId: string; readonly hearingId: string; readonly knownReason: string | null; readonly rule: string; readonly at: string }
>;

/** BBB-4.5.3: the Panelist proceeds with the Party present (a reschedule is a new OralHearingScheduled). */
export type ProceededWithPartyPresent = DomainEvent<
  'ProceededWithPartyPresent',
  { readonly caseId: string; readonly hearingId: string; readonly presentParty: ProceedingsParty; readonly rule: string; readonly at: string }
>;

/** VS-8.4(b): what the administrator's investigation found of one essential fact presented in the submissions. */
export type FactFinding = 'valid' | 'invalid' | 'not-established';
export const FACT_FINDINGS: readonly FactFinding[] = ['valid', 'invalid', 'not-established'];

export interface InvestigatedFact {
  /** The essential fact, as presented in the submissions. */
  readonly fact: string;
  readonly finding: FactFinding;
  /** The administrator's analysis of its validity. */
  readonly analysis: string;
}

/**
 * VS-8.4(b): the administrator's independent and impartial investigative analysis of each essential fact presented in
 * the submissions, furnished to the decision-maker and included as a submission (`procedureSubmission`).
 */
export type InvestigativeAnalysisFurnished = DomainEvent<
  'InvestigativeAnalysisFurnished',
  { readonly caseId: string; readonly rule: string; readonly facts: readonly InvestigatedFact[]; readonly procedureSubmission: true; readonly furnishedAt: string }
>;

export type PanelistProceedingsEvent =
  | PanelistInformationRequested
  | ProceedingsDocumentDelivered
  | PanelistInformationAnswered
  | PanelistAnswerCommented
  | PanelistDefaultNoticeIssued
  | PanelistProceedsWithoutAnswer
  | DecidedWithoutOralHearing
  | OralHearingScheduled
  | PartyExcludedForProprietaryInformation
  | OralHearingAbsenceRecorded
  | AbsenceReasonReported
  | ProceededWithPartyPresent
  | InvestigativeAnalysisFurnished;

export const PANELIST_PROCEEDINGS_EVENT_TYPES: readonly PanelistProceedingsEvent['type'][] = [
  'PanelistInformationRequested',
  'ProceedingsDocumentDelivered',
  'PanelistInformationAnswered',
  'PanelistAnswerCommented',
  'PanelistDefaultNoticeIssued',
  'PanelistProceedsWithoutAnswer',
  'DecidedWithoutOralHearing',
  'OralHearingScheduled',
  'PartyExcludedForProprietaryInformation',
  'OralHearingAbsenceRecorded',
  'AbsenceReasonReported',
  'ProceededWithPartyPresent',
  'InvestigativeAnalysisFurnished',
];
