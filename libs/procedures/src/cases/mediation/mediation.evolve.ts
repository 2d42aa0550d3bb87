import type { OpenCase } from '../case.state';
import type { MediationEvent } from './mediation.events';
import type { MediationState } from './mediation.state';

function evolveSlice(mediation: MediationState, event: MediationEvent): MediationState {
  switch (event.type) {
    case 'MediatorAppointed':
      return { ...mediation, mediator: event.data.mediator.name };
    case 'MediationTeleconferenceScheduled':
      return { ...mediation, scheduledFor: event.data.scheduledFor };
    case 'MediationOutcomeRecorded':
      return { ...mediation, outcome: event.data.outcome };
    case 'SettlementTermsSent':
      return { ...mediation, termsSentAt: event.data.sentAt };
  }
}

/** Folds a mediation event into the case: the stage it names, and the mediation slice. */
export function evolveMediation(state: OpenCase, event: MediationEvent): OpenCase {
  const stage = 'stage' in event.data && event.data.stage !== undefined ? event.data.stage : state.stage;
  return { ...state, stage, mediation: evolveSlice(state.mediation ?? {}, event) };
}
