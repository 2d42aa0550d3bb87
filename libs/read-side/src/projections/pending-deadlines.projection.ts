import type { CaseEvent } from '@pdr/procedures';
import type { Projection, TargetedWrite } from '../runner/projection';
import { caseEventOf, type Recorded, unhandled } from '../runner/typed-event';

export const PENDING_DEADLINES_COLLECTION = 'pending_deadlines';

/** Every running deadline across all cases: what the timers are derived from, and the staff's "due soon" list. */
export type PendingDeadlineDocument = {
  _id: string;
  streamId: string;
  caseId: string;
  deadlineId: string;
  kind: string;
  rule: string;
  calendarId: string;
  dueOn: string;
  dueAt: string;
  setAt: string;
  /** Stream revision of the last event applied: guards replays. */
  revision: number;
};

export const pendingDeadlineKey = (caseId: string, deadlineId: string): string => `${caseId}/${deadlineId}`;

/** The write a case event implies, exhaustive over CaseEvent: only the deadline events touch this model. */
export function pendingDeadlineWrite(event: Recorded<CaseEvent>): TargetedWrite | undefined {
  switch (event.type) {
    case 'DeadlineSet': {
      const { caseId, deadlineId, kind, rule, calendarId, dueOn, dueAt } = event.data;
      const document: Omit<PendingDeadlineDocument, '_id'> = { streamId: event.streamId, caseId, deadlineId, kind, rule, calendarId, dueOn, dueAt, setAt: event.recordedAt, revision: event.revision };
      // $setOnInsert makes a replayed setting a no-op.
      return { collection: PENDING_DEADLINES_COLLECTION, operation: { updateOne: { filter: { _id: pendingDeadlineKey(caseId, deadlineId) }, update: { $setOnInsert: document }, upsert: true } } };
    }
    case 'DeadlineExtended': {
      const { caseId, deadlineId, dueOn, dueAt } = event.data;
      // The revision guard makes a replayed extension a no-op.
      const filter = { _id: pendingDeadlineKey(caseId, deadlineId), revision: { $lt: event.revision } };
      return { collection: PENDING_DEADLINES_COLLECTION, operation: { updateOne: { filter, update: { $set: { dueOn, dueAt, revision: event.revision } } } } };
    }
    case 'DeadlineMet':
    case 'DeadlineCancelled':
    case 'DeadlineLapsed':
      return { collection: PENDING_DEADLINES_COLLECTION, operation: { deleteOne: { filter: { _id: pendingDeadlineKey(event.data.caseId, event.data.deadlineId) } } } };
    // Periods start and end only by the deadline events above: the events that occasion them record those beside them.
    case 'ComplaintFiled': case 'ComplainantIdentityVerified': case 'InformationRequested': case 'RequestedInformationReceived':
    case 'NoticeSent': case 'NoticeDelivered': case 'CaseClosed': case 'RespondentIdentified': case 'EligibilityConditionAssessed':
    case 'ComplaintFoundIneligible': case 'CaseDocketed': case 'WaiverAcknowledged': case 'RepresentativeDesignated':
    case 'ComplaintWithdrawn': case 'ComplainantDataErased': case 'NotedForReport': case 'ComplainantBreachFound':
    case 'ComplainantFactsObtained': case 'RespondentResponseReceived': case 'SettlementOfferPresented': case 'TeleconferenceAgreed':
    case 'TeleconferenceScheduled': case 'SettlementReached': case 'SettlementLetterCirculated': case 'PerformanceCertified':
    case 'SubstantiationRequested': case 'PerformanceVerified': case 'PerformanceNotCertified': case 'ReferralDecisionRequired':
    case 'HearingRequested': case 'PositionSubmitted': case 'RebuttalSubmitted': case 'ReplySubmitted': case 'ResponseSubmitted':
    case 'SubmissionFiled': case 'SubmissionWaived': case 'ExchangeDocumentDelivered': case 'ExchangeEnded':
    case 'MediatorAppointed': case 'MediationTeleconferenceScheduled': case 'MediationOutcomeRecorded': case 'SettlementTermsSent': case 'PerformanceConfirmed': case 'NonPerformanceRecorded': case 'HearingDocumentDelivered': case 'DefaultNoticeIssued': case 'RespondentDefaultNoted': case 'HearingRecordSentToPanelist':
    case 'DecisionIssued': case 'DecisionTargetMissed': case 'DecisionDocumentDelivered': case 'ComplianceIntentStated':
    case 'ImpossibilityClaimed': case 'ImpossibilityEvidenceSought': case 'ImpossibilityClaimRejected': case 'DecisionAmended':
    case 'NoticeOfIntentIssued': case 'DecisionFlaggedForPublication': case 'DecisionCorrectiveActionCertified':
    case 'DecisionCorrectiveActionVerified': case 'DecisionCorrectiveActionNotCertified':
    case 'ReferralDecided': case 'ReferralDeclined': case 'ReferralNoticeIssued': case 'ReferralNoticeDelivered': case 'ReferralCured':
    case 'ReferralMade': case 'RefusedToProceed':
    case 'PanelistAppointed': case 'PanelistSelfDisqualified': case 'PanelistObjectionRaised': case 'ObjectionDecided': case 'DecisionMakerDesignated':
    case 'PanelistInformationRequested': case 'ProceedingsDocumentDelivered': case 'PanelistInformationAnswered': case 'PanelistAnswerCommented':
    case 'PanelistDefaultNoticeIssued': case 'PanelistProceedsWithoutAnswer': case 'DecidedWithoutOralHearing': case 'OralHearingScheduled':
    case 'PartyExcludedForProprietaryInformation': case 'OralHearingAbsenceRecorded': case 'AbsenceReasonReported': case 'ProceededWithPartyPresent':
    case 'InvestigativeAnalysisFurnished':
    case 'HearingDecisionIssued':
    case 'ProprietaryInformationDesignated': case 'ProprietaryDesignationAccepted': case 'ProprietaryDesignationReturned':
    case 'CaseFileDisposed': case 'ProprietaryInformationReturned': case 'LanguageAssistanceRecorded':
    case 'ClosureAppealed': case 'ClosureAppealDecided': case 'CaseReopened': case 'ClosureBecameFinal':
      return undefined;
    default:
      return unhandled(event);
  }
}

export const pendingDeadlinesProjection: Projection = {
  name: 'pending-deadlines',
  version: 1,
  collections: [PENDING_DEADLINES_COLLECTION],
  indexes: {
    [PENDING_DEADLINES_COLLECTION]: [
      { keys: { dueAt: 1 }, name: 'due' },
      { keys: { caseId: 1 }, name: 'case' },
      // The deadline list's sort with its _id tie-break, whole and for one case (issue 13).
      { keys: { dueAt: 1, _id: 1 }, name: 'due_id' },
      { keys: { caseId: 1, dueAt: 1, _id: 1 }, name: 'case_due_id' },
      // Puts deadlineId among the indexed values, so the reconciler's read of every pending deadline (caseId,
      // deadlineId, dueAt) is answered from them without opening each document (a covered query, issue 13).
      { keys: { caseId: 1, deadlineId: 1 }, name: 'case_deadline' },
    ],
  },
  project(event) {
    const read = caseEventOf(event);
    const write = read?.known ? pendingDeadlineWrite(read.event) : undefined;
    return write ? [write] : [];
  },
};
