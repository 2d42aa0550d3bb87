import type { DeadlineState } from '../../deadlines/deadline.state';
import type { CaseEvent } from '../case.events';
import { rulebookOf } from '../case-guards';
import type { OpenCase } from '../case.state';
import { exchangeLapse, silenceFollows } from '../exchange/exchange-lapse';

/**
 * A mediation period lapsed: the exchange's (VS-7.2, VS-7.3(c)), or, after no Settlement, the hearing request's
 * (VS-7.4(v): "Closed by Default"). The Settlement's terms period is the administrator's own: its lapse is on record
 * as a lapse, and the terms are still sent.
 */
export function mediationLapse(state: OpenCase, lapsed: DeadlineState, at: string): CaseEvent[] {
  const rules = rulebookOf(state).mediation;
  if (!rules) return [];
  const { hearingRequest } = rules.teleconference.outcomes.noSettlement;
  if (lapsed.kind === hearingRequest.deadline.kind && state.stage === hearingRequest.stage) {
    return silenceFollows(state, rules.exchange, 'complainant', hearingRequest.silence, { rule: lapsed.rule, deadlineId: lapsed.deadlineId }, at);
  }
  return exchangeLapse(state, lapsed, at);
}
