import { CASE_STAGES } from './case-stages';
import type { BusinessCalendar } from '@pdr/calendar';
import { type Decider, foldFrom, withEntry, withItem } from '@pdr/event-sourcing';
import { deliverOnTransmission } from './receipt/on-transmission';
import { evolveDeadlines } from '../deadlines/deadline.state';
import type { CaseCommand } from './case.commands';
import type { CaseEvent } from './case.events';
import type { CaseState, OpenCase } from './case.state';
import { decideExchange } from './exchange/exchange.decider';
import { docketAndOpenMediation } from './mediation/open-mediation';
import { decideMediation } from './mediation/mediation.decider';
import { evolveMediation } from './mediation/mediation.evolve';
import { decidePerformance } from './performance/performance.decider';
import { issueHearingDecision } from './hearing-decision/issue-hearing-decision';
import { evolveHearingDecision } from './hearing-decision/hearing-decision.evolve';
import { evolveExchange } from './exchange/exchange.evolve';
import { extendDeadline } from './decisions/extend-deadline';
import { fileComplaint } from './decisions/file-complaint';
import { receiveInformation } from './decisions/receive-information';
import { recordLapse } from './decisions/record-lapse';
import { requestInformation } from './decisions/request-information';
import { verifyIdentity } from './decisions/verify-identity';
import { eraseComplainantData } from './decisions/erase-complainant-data';
import { recordNoticeDelivery } from './decisions/record-notice-delivery';
import { assessCondition, determineIneligible, identifyRespondent } from './decisions/eligibility';
import { acknowledgeWaiver, designateRepresentative, withdrawComplaint } from './decisions/parties';
import { closeForComplainantBreach } from './decisions/close-for-breach';
import { decideConciliation } from './conciliation/conciliation.decider';
import { evolveConciliationCase } from './conciliation/conciliation.evolve';
import { initialConciliation } from './conciliation/conciliation.state';
import { decideHearing } from './hearing/hearing.decider';
import { evolveHearing } from './hearing/hearing.evolve';
import { decideDecision } from './decision/decision.decider';
import { evolveDecision } from './decision/decision.evolve';
import { decidePanel } from './panel/panel.decider';
import { evolvePanel } from './panel/panel.evolve';
import { decidePanelistProceedings } from './panelist-proceedings/panelist-proceedings.decider';
import { evolvePanelistProceedings } from './panelist-proceedings/panelist-proceedings.evolve';
import { decideReferral } from './referral/referral.decider';
import { evolveReferral, referralQuestionArose } from './referral/referral.evolve';
import { decideDocuments } from './documents/documents.decider';
import { evolveDocuments } from './documents/documents.evolve';
import { decideOutcomes } from './outcomes/closure-appeal.decider';
import { evolveOutcomes } from './outcomes/outcome.evolve';

function decide(command: CaseCommand, state: CaseState): readonly CaseEvent[] {
  switch (command.kind) {
    case 'FileComplaint':
      return fileComplaint(command, state);
    case 'VerifyComplainantIdentity':
      return verifyIdentity(command, state);
    case 'RequestInformation':
      return requestInformation(command, state);
    case 'ReceiveRequestedInformation':
      return receiveInformation(command, state);
    case 'ExtendDeadline':
      return extendDeadline(command, state);
    case 'RecordDeadlineLapse':
      return recordLapse(command, state);
    case 'IdentifyRespondent':
      return identifyRespondent(command, state);
    case 'AssessEligibilityCondition':
      return assessCondition(command, state);
    case 'DetermineIneligible':
      return determineIneligible(command, state);
    case 'DocketCase':
      return docketAndOpenMediation(command, state);
    case 'AcknowledgeWaiver':
      return acknowledgeWaiver(command, state);
    case 'DesignateRepresentative':
      return designateRepresentative(command, state);
    case 'WithdrawComplaint':
      return withdrawComplaint(command, state);
    case 'CloseForComplainantBreach':
      return closeForComplainantBreach(command, state);
    case 'RecordNoticeDelivery':
      return recordNoticeDelivery(command, state);
    case 'EraseComplainantData':
      return eraseComplainantData(command, state);
    case 'ObtainComplainantFacts':
    case 'ForwardFactsToRespondent':
    case 'ReceiveRespondentResponse':
    case 'PresentSettlementOffer':
    case 'AgreeToTeleconference':
    case 'ScheduleTeleconference':
    case 'ReachSettlement':
    case 'CirculateSettlementLetter':
    case 'CertifyPerformance':
    case 'RequestSubstantiation':
    case 'VerifyPerformance':
      return decideConciliation(command, state);
    case 'RequestHearing':
    case 'SubmitPosition':
    case 'SubmitRebuttal':
    case 'SubmitReply':
    case 'SubmitResponse':
    case 'RecordHearingDelivery':
      return decideHearing(command, state);
    case 'FileSubmission':
    case 'WaiveSubmission':
      return decideExchange(command, state);
    case 'AppointMediator':
    case 'ScheduleMediationTeleconference':
    case 'RecordMediationOutcome':
    case 'SendSettlementTerms':
      return decideMediation(command, state);
    case 'ConfirmPerformance':
    case 'RecordNonPerformance':
      return decidePerformance(command, state);
    case 'IssueHearingDecision':
      return issueHearingDecision(command, state);
    case 'IssueDecision':
    case 'MonitorDecisionTarget':
    case 'RecordDecisionDelivery':
    case 'StateComplianceIntent':
    case 'ClaimImpossibility':
    case 'SeekImpossibilityEvidence':
    case 'RuleOnImpossibility':
    case 'CertifyDecisionCorrectiveAction':
    case 'VerifyDecisionCorrectiveAction':
      return decideDecision(command, state);
    case 'AppointPanelist':
    case 'DisqualifyPanelist':
    case 'RaisePanelistObjection':
    case 'DecidePanelistObjection':
    case 'DesignateDecisionMaker':
      return decidePanel(command, state);
    case 'RequestPanelistInformation':
    case 'RecordProceedingsDelivery':
    case 'SubmitPanelistInformationAnswer':
    case 'CommentOnPanelistAnswer':
    case 'DecideWithoutOralHearing':
    case 'ScheduleOralHearing':
    case 'RecordProprietaryExclusion':
    case 'RecordOralHearingAbsence':
    case 'ReportAbsenceReason':
    case 'ResolveOralHearingAbsence':
    case 'FurnishInvestigativeAnalysis':
      return decidePanelistProceedings(command, state);
    case 'DecideToRefer':
    case 'DecideNotToRefer':
    case 'RecordReferralNoticeDelivery':
    case 'CureReferral':
    case 'RefuseToProceed':
      return decideReferral(command, state);
    case 'DesignateProprietaryInformation':
    case 'AcceptProprietaryDesignation':
    case 'ReturnProprietaryDesignation':
    case 'DisposeCaseFile':
    case 'RecordLanguageAssistance':
      return decideDocuments(command, state);
    case 'AppealClosure':
    case 'DecideClosureAppeal':
      return decideOutcomes(command, state);
  }
}

/** The stage an event names, when it names one. */
const withStage = (state: OpenCase, stage: string | undefined): OpenCase => (stage === undefined ? state : { ...state, stage });

function evolve(state: CaseState, event: CaseEvent): CaseState {
  if (event.type === 'ComplaintFiled') {
    return {
      status: 'open',
      caseId: event.data.caseId,
      rulebook: event.data.rulebook,
      ...(event.data.programme ? { programme: event.data.programme } : {}),
      stage: CASE_STAGES.eligibilityReview,
      receivedAt: event.data.receivedAt,
      identityVerified: false,
      deadlines: {},
      noticesSent: 0,
      notices: {},
      findings: {},
      docketed: false,
      acknowledgements: [],
      representatives: {},
      conciliation: initialConciliation,
      parties: { complainantName: event.data.complainant.name, respondentName: event.data.respondent.name },
    };
  }
  if (state.status === 'none') return state;
  switch (event.type) {
    case 'ComplainantIdentityVerified':
      return { ...state, identityVerified: true };
    case 'InformationRequested':
      return { ...state, stage: CASE_STAGES.awaitingInformation };
    case 'RequestedInformationReceived':
      return { ...state, stage: CASE_STAGES.eligibilityReview };
    case 'NoticeSent': {
      const { noticeId, kind, rule, recipient, sentAt } = event.data;
      return evolveConciliationCase({ ...state, noticesSent: state.noticesSent + 1, notices: withEntry(state.notices, noticeId, { kind, rule, recipient, sentAt }) }, event);
    }
    case 'NoticeDelivered': {
      const sent = state.notices[event.data.noticeId];
      return sent ? { ...state, notices: withEntry(state.notices, event.data.noticeId, { ...sent, deliveredAt: event.data.deliveredAt }) } : state;
    }
    case 'RespondentIdentified':
      return { ...state, respondentBusinessId: event.data.businessId, ...(state.parties ? { parties: { ...state.parties, respondentLegalName: event.data.legalName } } : {}) };
    case 'EligibilityConditionAssessed':
      return { ...state, findings: withEntry(state.findings, event.data.condition, { met: event.data.met }) };
    case 'CaseDocketed':
      return { ...state, docketed: true, stage: event.data.stage };
    case 'WaiverAcknowledged':
      return { ...state, acknowledgements: withItem(state.acknowledgements, event.data.party) };
    case 'RepresentativeDesignated':
      return { ...state, representatives: { ...state.representatives, [event.data.party]: { name: event.data.name, email: event.data.email } } };
    case 'ComplaintFoundIneligible':
    case 'ComplaintWithdrawn':
    case 'ComplainantBreachFound':
      return state;
    case 'ComplainantFactsObtained':
    case 'RespondentResponseReceived':
    case 'SettlementOfferPresented':
    case 'TeleconferenceAgreed':
    case 'TeleconferenceScheduled':
    case 'SettlementReached':
    case 'SettlementLetterCirculated':
    case 'PerformanceCertified':
    case 'SubstantiationRequested':
    case 'PerformanceVerified':
    case 'PerformanceNotCertified':
      return evolveConciliationCase(state, event);
    case 'ReferralDecisionRequired':
      return evolveConciliationCase(referralQuestionArose(state, event), event);
    case 'HearingRequested':
    case 'RespondentDefaultNoted':
    case 'HearingRecordSentToPanelist':
      return evolveHearing(state, event);
    // A filing, a default notice or a document's receipt: the exchange's slice, and the stage the event names.
    case 'PositionSubmitted':
    case 'RebuttalSubmitted':
    case 'ReplySubmitted':
    case 'ResponseSubmitted':
    case 'DefaultNoticeIssued':
    case 'HearingDocumentDelivered':
      return evolveHearing(evolveExchange(state, event), event);
    case 'SubmissionFiled':
    case 'SubmissionWaived':
    case 'ExchangeDocumentDelivered':
      return withStage(evolveExchange(state, event), event.type === 'SubmissionFiled' ? event.data.stage : undefined);
    case 'ExchangeEnded':
      return withStage(state, event.data.stage);
    case 'MediatorAppointed':
    case 'MediationTeleconferenceScheduled':
    case 'MediationOutcomeRecorded':
    case 'SettlementTermsSent':
      return evolveMediation(state, event);
    // VS-12: the closure or the referral question that follows each names what changes; the facts themselves change nothing.
    case 'PerformanceConfirmed':
    case 'NonPerformanceRecorded':
      return state;
    case 'HearingDecisionIssued':
      return evolveHearingDecision(state, event);
    case 'DecisionIssued':
    case 'DecisionTargetMissed':
    case 'DecisionDocumentDelivered':
    case 'ComplianceIntentStated':
    case 'ImpossibilityClaimed':
    case 'ImpossibilityEvidenceSought':
    case 'ImpossibilityClaimRejected':
    case 'DecisionAmended':
    case 'NoticeOfIntentIssued':
    case 'DecisionFlaggedForPublication':
    case 'DecisionCorrectiveActionCertified':
    case 'DecisionCorrectiveActionVerified':
    case 'DecisionCorrectiveActionNotCertified':
      return evolveDecision(state, event);
    case 'PanelistAppointed':
    case 'PanelistSelfDisqualified':
    case 'PanelistObjectionRaised':
    case 'ObjectionDecided':
    case 'DecisionMakerDesignated':
      return evolvePanel(state, event);
    case 'PanelistInformationRequested':
    case 'ProceedingsDocumentDelivered':
    case 'PanelistInformationAnswered':
    case 'PanelistAnswerCommented':
    case 'PanelistDefaultNoticeIssued':
    case 'PanelistProceedsWithoutAnswer':
    case 'DecidedWithoutOralHearing':
    case 'OralHearingScheduled':
    case 'PartyExcludedForProprietaryInformation':
    case 'OralHearingAbsenceRecorded':
    case 'AbsenceReasonReported':
    case 'ProceededWithPartyPresent':
    case 'InvestigativeAnalysisFurnished':
      return evolvePanelistProceedings(state, event);
    case 'ReferralDecided':
    case 'ReferralDeclined':
    case 'ReferralNoticeIssued':
    case 'ReferralNoticeDelivered':
    case 'ReferralCured':
    case 'ReferralMade':
    case 'RefusedToProceed':
      return evolveReferral(state, event);
    case 'ProprietaryInformationDesignated':
    case 'ProprietaryDesignationAccepted':
    case 'ProprietaryDesignationReturned':
    case 'CaseFileDisposed':
    case 'ProprietaryInformationReturned':
    case 'LanguageAssistanceRecorded':
      return evolveDocuments(state, event);
    case 'CaseClosed':
      return { ...state, status: 'closed', stage: CASE_STAGES.closed, closure: { reason: event.data.reason, rule: event.data.rule, label: event.data.label } };
    case 'ClosureAppealed':
    case 'ClosureAppealDecided':
    case 'CaseReopened':
    case 'ClosureBecameFinal':
      return evolveOutcomes(state, event);
    case 'NotedForReport':
      return state;
    case 'ComplainantDataErased':
      return { ...state, complainantErased: { requestId: event.data.requestId, erasedAt: event.data.erasedAt } };
    default:
      return { ...state, deadlines: evolveDeadlines(state.deadlines, event) };
  }
}

/** One initial state for every case decider: folds cached per stream (CommandProcessor) serve any of them. */
const NO_CASE: CaseState = { status: 'none' };

/**
 * The case decider, its decisions passed through the receipt part (VS-3.3: sent is received). `calendar` is the case's
 * calendar, for a period that starts at receipt when the command itself carries none; without it, a command that
 * carries one uses its own, and one that needs it and has none throws.
 */
export function caseDeciderWith(calendar?: BusinessCalendar): Decider<CaseCommand, CaseState, CaseEvent> {
  return {
    initialState: NO_CASE,
    decide: (command, state) => deliverOnTransmission(state, decide(command, state), calendar ?? ('calendar' in command ? command.calendar : undefined), evolve),
    evolve,
  };
}

export const caseDecider = caseDeciderWith();

/**
 * A case's events folded, from the start or from a state folded earlier: `events.reduce(evolve, from)` in linear time
 * (the collections the fold creates are updated in place while it runs; `from` is never written to).
 */
export const foldCase = (events: Iterable<CaseEvent>, from: CaseState = NO_CASE): CaseState => foldFrom(caseDecider, from, events);
