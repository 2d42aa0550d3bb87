import type { NoticeSent } from '../case.events';
import type { ConciliationEvent, SettlementCorrectiveAction, ConciliationParty } from './conciliation.events';

/** What conciliation has produced so far: the exchanges, the teleconference, the Settlement and its performance. */
export interface ConciliationState {
  readonly factsObtained: boolean;
  readonly factsForwarded: boolean;
  readonly responseReceived: boolean;
  readonly offersPresented: number;
  readonly teleconferenceAgreedBy: readonly ConciliationParty[];
  readonly teleconferenceScheduledFor?: string;
  readonly settlement?: {
    readonly terms: string;
    readonly correctiveAction?: SettlementCorrectiveAction;
    readonly letterCirculated: boolean;
    readonly certificationDeadlineId?: string;
    readonly certified: boolean;
    readonly substantiationRequested: boolean;
    readonly verified: boolean;
  };
}

export const initialConciliation: ConciliationState = { factsObtained: false, factsForwarded: false, responseReceived: false, offersPresented: 0, teleconferenceAgreedBy: [] };

/** The stage a conciliation event moves the case to, if any. */
export function stageAfter(event: ConciliationEvent): string | undefined {
  switch (event.type) {
    case 'SettlementReached':
    case 'SettlementLetterCirculated':
    case 'ReferralDecisionRequired':
      return event.data.stage;
    default:
      return undefined;
  }
}

export function evolveConciliation(state: ConciliationState, event: ConciliationEvent | NoticeSent, forwardingNoticeKind?: string): ConciliationState {
  switch (event.type) {
    case 'NoticeSent':
      return event.data.recipient === 'respondent' && event.data.kind === forwardingNoticeKind ? { ...state, factsForwarded: true } : state;
    case 'ComplainantFactsObtained':
      return { ...state, factsObtained: true };
    case 'RespondentResponseReceived':
      return { ...state, responseReceived: true };
    case 'SettlementOfferPresented':
      return { ...state, offersPresented: state.offersPresented + 1 };
    case 'TeleconferenceAgreed':
      return state.teleconferenceAgreedBy.includes(event.data.party) ? state : { ...state, teleconferenceAgreedBy: [...state.teleconferenceAgreedBy, event.data.party] };
    case 'TeleconferenceScheduled':
      return { ...state, teleconferenceScheduledFor: event.data.scheduledFor };
    case 'SettlementReached':
      return {
        ...state,
        settlement: {
          terms: event.data.terms,
          ...(event.data.correctiveAction ? { correctiveAction: event.data.correctiveAction } : {}),
          letterCirculated: false,
          certified: false,
          substantiationRequested: false,
          verified: false,
        },
      };
    case 'SettlementLetterCirculated':
      return state.settlement ? { ...state, settlement: { ...state.settlement, letterCirculated: true } } : state;
    case 'PerformanceCertified':
      return state.settlement ? { ...state, settlement: { ...state.settlement, certified: true, certificationDeadlineId: event.data.deadlineId } } : state;
    case 'SubstantiationRequested':
      return state.settlement ? { ...state, settlement: { ...state.settlement, substantiationRequested: true } } : state;
    case 'PerformanceVerified':
      return state.settlement ? { ...state, settlement: { ...state.settlement, verified: true } } : state;
    case 'PerformanceNotCertified':
    case 'ReferralDecisionRequired':
      return state;
  }
}
