import type { CaseEvent, ContactEvent, NotedMatter } from '@pdr/procedures';
import { type Recorded, unhandled } from '../runner/typed-event';
import type { AnnualReportFactDocument } from './annual-report.projection';

export type ReportFactBody = Omit<AnnualReportFactDocument, '_id' | 'year' | 'eventId' | 'at'>;

/** One fact an event adds to the report: its stable id (a replay writes the same one), its instant and its body. */
export interface ReportFact {
  readonly id: string;
  readonly at: string;
  readonly body: ReportFactBody;
}

/**
 * A matter noted for the next report, one fact per case and lapse: `NotedForReport` and, for history stored before it
 * existed, the event that carried the matter (`RespondentDefaultNoted`, `DecisionFlaggedForPublication`, and the BBB-5
 * `PerformanceNotCertified` and `DecisionCorrectiveActionNotCertified`) write the same fact (same id, `$setOnInsert`),
 * so a case that has both counts once.
 */
function noted(eventId: string, caseId: string, matter: NotedMatter, rule: string, at: string, deadlineId: string | undefined): ReportFact {
  return { id: deadlineId ? `noted:${caseId}:${deadlineId}` : `event:${eventId}`, at, body: { kind: 'noted', caseId, matter, rule } };
}

/** BBB-7.1: every contact counts, whether or not it became a Case; erasing it later takes nothing from the count. */
export function contactReportFacts(event: Recorded<ContactEvent>): ReportFact[] {
  switch (event.type) {
    case 'ContactRecorded': {
      const { contactId, rulebook, receivedAt, channel } = event.data;
      return [{ id: `contact:${contactId}`, at: receivedAt, body: { kind: 'contact', rulebookId: rulebook.id, channel } }];
    }
    case 'ContactErased':
      return [];
    default:
      return unhandled(event);
  }
}

/** The report's facts of a case event (BBB-7.1 to BBB-7.3), exhaustive over CaseEvent. */
export function caseReportFacts(event: Recorded<CaseEvent>, caseId: string): ReportFact[] {
  const byEvent = (at: string, body: Omit<ReportFactBody, 'caseId'>): ReportFact => ({ id: `event:${event.eventId}`, at, body: { ...body, caseId } });
  switch (event.type) {
    case 'ComplaintFiled': {
      const { receivedAt, rulebook, channel } = event.data;
      return [{ id: `case:${caseId}`, at: receivedAt, body: { kind: 'complaint-filed', caseId, rulebookId: rulebook.id, channel } }];
    }
    case 'CaseDocketed':
      return [byEvent(event.data.docketedAt, { kind: 'docketed' })];
    case 'ComplaintFoundIneligible':
      return [byEvent(event.recordedAt, { kind: 'ineligible', condition: event.data.condition, rule: event.data.rule })];
    case 'SettlementReached':
      return [byEvent(event.data.reachedAt, { kind: 'settled', correctiveAction: event.data.correctiveAction !== undefined })];
    case 'DecisionIssued':
      return [byEvent(event.data.issuedAt, { kind: 'decided', correctiveAction: event.data.correctiveActionNecessary })];
    case 'ComplaintWithdrawn':
      return [byEvent(event.data.withdrawnAt, { kind: 'withdrawn' })];
    case 'CaseClosed': {
      const { reason, rule, label, closedAt } = event.data;
      return [byEvent(closedAt, { kind: 'closed', reason, rule, label })];
    }
    case 'ReferralMade': {
      const { referredAt, respondent, agency, nature, actionTaken, reportRule } = event.data;
      return [byEvent(referredAt, { kind: 'referred', rule: reportRule, referral: { respondentName: respondent.name, agency: agency.name, nature, actionTaken } })];
    }
    case 'DecisionFlaggedForPublication': {
      const { flaggedAt, publicationRule, rule, deadlineId } = event.data;
      return [byEvent(flaggedAt, { kind: 'decision-published', rule: publicationRule }), noted(event.eventId, caseId, 'refused-corrective-action', rule, flaggedAt, deadlineId)];
    }
    case 'RespondentDefaultNoted':
      return [noted(event.eventId, caseId, 'respondent-default', event.data.rule, event.data.notedAt, event.data.deadlineId)];
    case 'PerformanceNotCertified':
    case 'DecisionCorrectiveActionNotCertified':
      return [noted(event.eventId, caseId, 'noncompliance', event.data.rule, event.data.observedAt, event.data.deadlineId)];
    case 'NotedForReport':
      return [noted(event.eventId, caseId, event.data.matter, event.data.rule, event.data.notedAt, event.data.deadlineId)];
    // Steps the report does not count (BBB-7.1 to BBB-7.3 ask for none of them).
    case 'ComplainantBreachFound':
    case 'ComplainantIdentityVerified': case 'InformationRequested': case 'RequestedInformationReceived': case 'NoticeSent':
    case 'NoticeDelivered': case 'RespondentIdentified': case 'EligibilityConditionAssessed': case 'WaiverAcknowledged':
    case 'RepresentativeDesignated': case 'ComplainantDataErased':
    case 'DeadlineSet': case 'DeadlineMet': case 'DeadlineExtended': case 'DeadlineCancelled': case 'DeadlineLapsed':
    case 'ComplainantFactsObtained': case 'RespondentResponseReceived': case 'SettlementOfferPresented': case 'TeleconferenceAgreed':
    case 'TeleconferenceScheduled': case 'SettlementLetterCirculated': case 'PerformanceCertified': case 'SubstantiationRequested':
    case 'PerformanceVerified': case 'ReferralDecisionRequired':
    case 'HearingRequested': case 'PositionSubmitted': case 'RebuttalSubmitted': case 'ReplySubmitted': case 'ResponseSubmitted':
    case 'SubmissionFiled': case 'SubmissionWaived': case 'ExchangeDocumentDelivered': case 'ExchangeEnded':
    case 'MediatorAppointed': case 'MediationTeleconferenceScheduled': case 'MediationOutcomeRecorded': case 'SettlementTermsSent': case 'HearingDocumentDelivered': case 'DefaultNoticeIssued': case 'HearingRecordSentToPanelist':
    case 'DecisionTargetMissed': case 'DecisionDocumentDelivered': case 'ComplianceIntentStated': case 'ImpossibilityClaimed':
    case 'ImpossibilityEvidenceSought': case 'ImpossibilityClaimRejected': case 'DecisionAmended': case 'NoticeOfIntentIssued':
    case 'DecisionCorrectiveActionCertified': case 'DecisionCorrectiveActionVerified':
    case 'ReferralDecided': case 'ReferralDeclined': case 'ReferralNoticeIssued': case 'ReferralNoticeDelivered': case 'ReferralCured':
    case 'RefusedToProceed':
    case 'PanelistAppointed': case 'PanelistSelfDisqualified': case 'PanelistObjectionRaised': case 'ObjectionDecided': case 'DecisionMakerDesignated':
    case 'PanelistInformationRequested': case 'ProceedingsDocumentDelivered': case 'PanelistInformationAnswered': case 'PanelistAnswerCommented':
    case 'PanelistDefaultNoticeIssued': case 'PanelistProceedsWithoutAnswer': case 'DecidedWithoutOralHearing': case 'OralHearingScheduled':
    case 'PartyExcludedForProprietaryInformation': case 'OralHearingAbsenceRecorded': case 'AbsenceReasonReported': case 'ProceededWithPartyPresent':
    case 'ProprietaryInformationDesignated': case 'ProprietaryDesignationAccepted': case 'ProprietaryDesignationReturned':
    case 'CaseFileDisposed': case 'ProprietaryInformationReturned': case 'LanguageAssistanceRecorded':
    case 'ClosureAppealed': case 'ClosureAppealDecided': case 'CaseReopened': case 'ClosureBecameFinal':
      return [];
    default:
      return unhandled(event);
  }
}
