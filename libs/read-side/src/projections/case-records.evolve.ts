import type { CaseEvent } from '@pdr/procedures';
import { type Recorded, unhandled } from '../runner/typed-event';

type Party = 'complainant' | 'respondent';

/** The update one case event makes to the Case Record; the projection adds the record's identity on first write. */
export type CaseRecordUpdate = { readonly $set: Readonly<Record<string, unknown>>; readonly $unset?: Readonly<Record<string, ''>> };

/** A submission of the written phase, under the document it is in the Case Record (BBB-4.3.2). */
function submitted(document: string, party: Party, data: { readonly summary: string; readonly receivedAt: string }, addendumTo?: string, fromComplaint?: boolean): CaseRecordUpdate {
  const value = { party, summary: data.summary, receivedAt: data.receivedAt, ...(addendumTo ? { addendumTo } : {}), ...(fromComplaint === true ? { fromComplaint: true } : {}) };
  return { $set: { [`submissions.${document}`]: value } };
}

/**
 * The Case Record's evolve, exhaustive over CaseEvent: the update an event implies, or undefined when the record keeps
 * nothing of it (then no rulebook is looked up either).
 */
export function evolveCaseRecord(event: Recorded<CaseEvent>): CaseRecordUpdate | undefined {
  switch (event.type) {
    case 'PositionSubmitted':
      return submitted('position', 'complainant', event.data, undefined, event.data.fromComplaint);
    case 'RebuttalSubmitted':
      return submitted('rebuttal', 'respondent', event.data);
    case 'ReplySubmitted':
      return submitted('reply', 'complainant', event.data, 'position');
    case 'ResponseSubmitted':
      return submitted('response', 'respondent', event.data, 'rebuttal');
    case 'ProprietaryInformationDesignated': {
      const { designationId, documentId, party, description, content, summary } = event.data;
      return { $set: { [`proprietary.${designationId}`]: { documentId, party, description, content, summary, status: 'pending' } } };
    }
    case 'ProprietaryDesignationAccepted':
      return { $set: { [`proprietary.${event.data.designationId}.status`]: 'accepted' } };
    case 'ProprietaryDesignationReturned': {
      const { designationId, ground, reason } = event.data;
      // Returned and not considered (BBB-8.5, 8.6): the text goes back to its submitter, so it is dropped here.
      return { $set: { [`proprietary.${designationId}.status`]: 'returned', [`proprietary.${designationId}.ground`]: ground, [`proprietary.${designationId}.reason`]: reason }, $unset: { [`proprietary.${designationId}.content`]: '' } };
    }
    case 'ProprietaryInformationReturned': {
      const { designationId } = event.data;
      return { $set: { [`proprietary.${designationId}.status`]: 'returned' }, $unset: { [`proprietary.${designationId}.content`]: '' } };
    }
    case 'CaseFileDisposed': {
      const { disposedAt, retained, rule } = event.data;
      // BBB-8.3: everything but the Settlement Agreement or Decision (not held in this model) is destroyed.
      return { $set: { disposed: { disposedAt, retained: [...retained], rule } }, $unset: { submissions: '', proprietary: '', languageAssistance: '' } };
    }
    case 'LanguageAssistanceRecorded': {
      const { party, language, kind } = event.data;
      return { $set: { [`languageAssistance.r${event.revision}`]: { party, language, kind } } };
    }
    // A slot of another procedure's exchange: only BBB's named documents make a Case Record here, and a rulebook
    // without document rules keeps none (writing would be a fault).
    case 'SubmissionFiled': case 'SubmissionWaived': case 'ExchangeDocumentDelivered': case 'ExchangeEnded':
    case 'MediatorAppointed': case 'MediationTeleconferenceScheduled': case 'MediationOutcomeRecorded': case 'SettlementTermsSent': case 'PerformanceConfirmed': case 'NonPerformanceRecorded':
    // Everything else on a case is no part of the Case Record.
    case 'ComplaintFiled': case 'ComplainantIdentityVerified': case 'InformationRequested': case 'RequestedInformationReceived':
    case 'NoticeSent': case 'NoticeDelivered': case 'CaseClosed': case 'RespondentIdentified': case 'EligibilityConditionAssessed':
    case 'ComplaintFoundIneligible': case 'CaseDocketed': case 'WaiverAcknowledged': case 'RepresentativeDesignated':
    case 'ComplaintWithdrawn': case 'ComplainantDataErased': case 'NotedForReport': case 'ComplainantBreachFound':
    case 'DeadlineSet': case 'DeadlineMet': case 'DeadlineExtended': case 'DeadlineCancelled': case 'DeadlineLapsed':
    case 'ComplainantFactsObtained': case 'RespondentResponseReceived': case 'SettlementOfferPresented': case 'TeleconferenceAgreed':
    case 'TeleconferenceScheduled': case 'SettlementReached': case 'SettlementLetterCirculated': case 'PerformanceCertified':
    case 'SubstantiationRequested': case 'PerformanceVerified': case 'PerformanceNotCertified': case 'ReferralDecisionRequired':
    case 'HearingRequested': case 'HearingDocumentDelivered': case 'DefaultNoticeIssued': case 'RespondentDefaultNoted': case 'HearingRecordSentToPanelist':
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
    case 'ClosureAppealed': case 'ClosureAppealDecided': case 'CaseReopened': case 'ClosureBecameFinal':
      return undefined;
    default:
      return unhandled(event);
  }
}
