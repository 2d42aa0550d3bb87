import type { CaseEvent } from '@pdr/procedures';
import type { Projection } from '../runner/projection';
import { caseEventOf, type Recorded, unhandled } from '../runner/typed-event';

export const PUBLISHED_DECISIONS_COLLECTION = 'published_decisions';

/**
 * The Decisions a rule makes public (BBB-4.6.4, published with the report under BBB-7.3; VeraSafe's Hearing Decisions,
 * VS-15): which cases and since when.
 * The Decision itself is read from the case's log when asked for, so nothing confidential is copied here before it is
 * public, and what the log forgets (an erased value) is forgotten in the published text too.
 */
export type PublishedDecisionDocument = {
  _id: string;
  caseId: string;
  rule: string;
  publicationRule: string;
  publishedAt: string;
};

/**
 * The published row a case event makes, exhaustive over CaseEvent: only a Decision flagged for publication (BBB) or a
 * Hearing Decision its rulebook makes public (VS-15) makes one.
 */
export function publishedDecisionOf(event: Recorded<CaseEvent>, caseId: string): Omit<PublishedDecisionDocument, '_id'> | undefined {
  switch (event.type) {
    case 'DecisionFlaggedForPublication': {
      const { rule, publicationRule, flaggedAt } = event.data;
      return { caseId, rule, publicationRule, publishedAt: flaggedAt };
    }
    // VS-15: a Hearing Decision is public from its issue where the rulebook says so; the case's first one publishes it
    // (an Appellate Hearing Decision joins it in the text read from the log).
    case 'HearingDecisionIssued': {
      const { rule, publicationRule, issuedAt } = event.data;
      return publicationRule ? { caseId, rule, publicationRule, publishedAt: issuedAt } : undefined;
    }
    // Nothing else on a case is made public.
    case 'ComplaintFiled': case 'ComplainantIdentityVerified': case 'InformationRequested': case 'RequestedInformationReceived':
    case 'NoticeSent': case 'NoticeDelivered': case 'CaseClosed': case 'RespondentIdentified': case 'EligibilityConditionAssessed':
    case 'ComplaintFoundIneligible': case 'CaseDocketed': case 'WaiverAcknowledged': case 'RepresentativeDesignated':
    case 'ComplaintWithdrawn': case 'ComplainantDataErased': case 'NotedForReport': case 'ComplainantBreachFound':
    case 'DeadlineSet': case 'DeadlineMet': case 'DeadlineExtended': case 'DeadlineCancelled': case 'DeadlineLapsed':
    case 'ComplainantFactsObtained': case 'RespondentResponseReceived': case 'SettlementOfferPresented': case 'TeleconferenceAgreed':
    case 'TeleconferenceScheduled': case 'SettlementReached': case 'SettlementLetterCirculated': case 'PerformanceCertified':
    case 'SubstantiationRequested': case 'PerformanceVerified': case 'PerformanceNotCertified': case 'ReferralDecisionRequired':
    case 'HearingRequested': case 'PositionSubmitted': case 'RebuttalSubmitted': case 'ReplySubmitted': case 'ResponseSubmitted':
    case 'SubmissionFiled': case 'SubmissionWaived': case 'ExchangeDocumentDelivered': case 'ExchangeEnded':
    case 'MediatorAppointed': case 'MediationTeleconferenceScheduled': case 'MediationOutcomeRecorded': case 'SettlementTermsSent': case 'PerformanceConfirmed': case 'NonPerformanceRecorded': case 'HearingDocumentDelivered': case 'DefaultNoticeIssued': case 'RespondentDefaultNoted': case 'HearingRecordSentToPanelist':
    case 'DecisionIssued': case 'DecisionTargetMissed': case 'DecisionDocumentDelivered': case 'ComplianceIntentStated':
    case 'ImpossibilityClaimed': case 'ImpossibilityEvidenceSought': case 'ImpossibilityClaimRejected': case 'DecisionAmended':
    case 'NoticeOfIntentIssued': case 'DecisionCorrectiveActionCertified': case 'DecisionCorrectiveActionVerified':
    case 'DecisionCorrectiveActionNotCertified':
    case 'ReferralDecided': case 'ReferralDeclined': case 'ReferralNoticeIssued': case 'ReferralNoticeDelivered': case 'ReferralCured':
    case 'ReferralMade': case 'RefusedToProceed':
    case 'PanelistAppointed': case 'PanelistSelfDisqualified': case 'PanelistObjectionRaised': case 'ObjectionDecided': case 'DecisionMakerDesignated':
    case 'PanelistInformationRequested': case 'ProceedingsDocumentDelivered': case 'PanelistInformationAnswered': case 'PanelistAnswerCommented':
    case 'PanelistDefaultNoticeIssued': case 'PanelistProceedsWithoutAnswer': case 'DecidedWithoutOralHearing': case 'OralHearingScheduled':
    case 'PartyExcludedForProprietaryInformation': case 'OralHearingAbsenceRecorded': case 'AbsenceReasonReported': case 'ProceededWithPartyPresent':
    case 'InvestigativeAnalysisFurnished':
    case 'ProprietaryInformationDesignated': case 'ProprietaryDesignationAccepted': case 'ProprietaryDesignationReturned':
    case 'CaseFileDisposed': case 'ProprietaryInformationReturned': case 'LanguageAssistanceRecorded':
    case 'ClosureAppealed': case 'ClosureAppealDecided': case 'CaseReopened': case 'ClosureBecameFinal':
      return undefined;
    default:
      return unhandled(event);
  }
}

export const publishedDecisionsProjection: Projection = {
  name: 'published-decisions',
  version: 2,
  collections: [PUBLISHED_DECISIONS_COLLECTION],
  indexes: { [PUBLISHED_DECISIONS_COLLECTION]: [{ keys: { publishedAt: -1, _id: 1 }, name: 'published' }] },

  project(event) {
    const read = caseEventOf(event);
    const document = read?.known ? publishedDecisionOf(read.event, read.id) : undefined;
    if (!read || !document) return [];
    // $setOnInsert: a case's Decision is published once; a replay changes nothing.
    return [{ collection: PUBLISHED_DECISIONS_COLLECTION, operation: { updateOne: { filter: { _id: read.id }, update: { $setOnInsert: document }, upsert: true } } }];
  },
};
