import type { Decider } from '@pdr/event-sourcing';
import { evolveDeadlines } from '../deadlines/deadline.state';
import type { CaseCommand } from './case.commands';
import type { CaseEvent } from './case.events';
import type { CaseState } from './case.state';
import { extendDeadline } from './decisions/extend-deadline';
import { fileComplaint } from './decisions/file-complaint';
import { receiveInformation } from './decisions/receive-information';
import { recordLapse } from './decisions/record-lapse';
import { requestInformation } from './decisions/request-information';
import { verifyIdentity } from './decisions/verify-identity';
import { assessCondition, determineIneligible, docketCase, identifyRespondent } from './decisions/eligibility';
import { acknowledgeWaiver, designateRepresentative, withdrawComplaint } from './decisions/parties';
import { decideConciliation } from './conciliation/conciliation.decider';
import { evolveConciliationCase } from './conciliation/conciliation.evolve';
import { initialConciliation } from './conciliation/conciliation.state';
import { decideHearing } from './hearing/hearing.decider';
import { evolveHearing } from './hearing/hearing.state';

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
      return docketCase(command, state);
    case 'AcknowledgeWaiver':
      return acknowledgeWaiver(command, state);
    case 'DesignateRepresentative':
      return designateRepresentative(command, state);
    case 'WithdrawComplaint':
      return withdrawComplaint(command, state);
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
  }
}

function evolve(state: CaseState, event: CaseEvent): CaseState {
  if (event.type === 'ComplaintFiled') {
    return {
      status: 'open',
      caseId: event.data.caseId,
      rulebook: event.data.rulebook,
      stage: 'eligibility-review',
      receivedAt: event.data.receivedAt,
      identityVerified: false,
      deadlines: {},
      noticesSent: 0,
      findings: {},
      docketed: false,
      acknowledgements: [],
      representatives: {},
      conciliation: initialConciliation,
    };
  }
  if (state.status === 'none') return state;
  switch (event.type) {
    case 'ComplainantIdentityVerified':
      return { ...state, identityVerified: true };
    case 'InformationRequested':
      return { ...state, stage: 'awaiting-information' };
    case 'RequestedInformationReceived':
      return { ...state, stage: 'eligibility-review' };
    case 'NoticeSent':
      return evolveConciliationCase({ ...state, noticesSent: state.noticesSent + 1 }, event);
    case 'RespondentIdentified':
      return { ...state, respondentBusinessId: event.data.businessId };
    case 'EligibilityConditionAssessed':
      return { ...state, findings: { ...state.findings, [event.data.condition]: { met: event.data.met } } };
    case 'CaseDocketed':
      return { ...state, docketed: true, stage: event.data.stage };
    case 'WaiverAcknowledged':
      return { ...state, acknowledgements: [...state.acknowledgements, event.data.party] };
    case 'RepresentativeDesignated':
      return { ...state, representatives: { ...state.representatives, [event.data.party]: { name: event.data.name, email: event.data.email } } };
    case 'ComplaintFoundIneligible':
    case 'ComplaintWithdrawn':
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
    case 'ReferralDecisionRequired':
      return evolveConciliationCase(state, event);
    case 'HearingRequested':
    case 'PositionSubmitted':
    case 'RebuttalSubmitted':
    case 'ReplySubmitted':
    case 'ResponseSubmitted':
    case 'HearingDocumentDelivered':
    case 'DefaultNoticeIssued':
    case 'RespondentDefaultNoted':
    case 'HearingRecordSentToPanelist':
      return evolveHearing(state, event);
    case 'CaseClosed':
      return { ...state, status: 'closed', stage: 'closed', closure: { reason: event.data.reason, rule: event.data.rule } };
    default:
      return { ...state, deadlines: evolveDeadlines(state.deadlines, event) };
  }
}

export const caseDecider: Decider<CaseCommand, CaseState, CaseEvent> = { initialState: { status: 'none' }, decide, evolve };
