import type { OpenCase } from '../case.state';
import type { HearingDecisionEvent } from './hearing-decision.events';

/** Folds a Hearing Decision into the case: appended to its decisions, and the stage a Reparation Order leads to. */
export function evolveHearingDecision(state: OpenCase, event: HearingDecisionEvent): OpenCase {
  const { rule, officerId, outcome, issuedAt, stage } = event.data;
  return { ...state, stage: stage ?? state.stage, hearingDecisions: [...(state.hearingDecisions ?? []), { rule, officerId, outcome, issuedAt }] };
}
