import type { MediationRules } from '../../rulebooks/mediation-rules';
import type { OpenCase } from '../case.state';
import { latestDeadline } from '../effects/periods';
import { exchangeNextActions } from '../exchange/exchange.next-actions';
import type { NextAction, NextActionsOf } from '../next-actions/next-action';

/** VS-7.4: the mediator, the teleconference, its outcome, the Settlement's terms: each awaited in turn. */
function teleconferenceActions(open: OpenCase, rules: MediationRules): NextAction[] {
  const { teleconference } = rules;
  const { rule } = teleconference;
  const mediation = open.mediation;
  if (open.stage === teleconference.stage || open.stage === teleconference.scheduledStage) {
    const scheduled = open.stage === teleconference.scheduledStage;
    return [
      { command: 'AppointMediator', by: 'administrator', rule, description: mediation?.mediator ? 'Appoint another mediator' : 'Appoint the mediator', awaited: !mediation?.mediator },
      ...(mediation?.mediator ? [{ command: 'ScheduleMediationTeleconference' as const, by: 'administrator' as const, rule, description: scheduled ? 'Set the teleconference again, noticing the Parties' : `Set the teleconference at least ${teleconference.minimumNotice.count} days ahead, noticing the Parties`, awaited: !scheduled }] : []),
      ...(scheduled ? [{ command: 'RecordMediationOutcome' as const, by: 'administrator' as const, rule, description: `Record what came of the teleconference (set for ${mediation?.scheduledFor})`, awaited: true }] : []),
    ];
  }
  if (open.stage === teleconference.outcomes.settlement.stage) {
    const running = latestDeadline(open, teleconference.outcomes.settlement.terms.deadline.kind);
    return [{ command: 'SendSettlementTerms', by: 'administrator', rule, description: `Send the Settlement's terms to both Parties${running ? ` (due ${running.dueOn})` : ''}`, awaited: true, ...(running ? { deadlineId: running.deadlineId } : {}) }];
  }
  return [];
}

/** Consultative mediation (VS-7.1 to 7.4): what its exchange and its teleconference await; none on a closed case or without it. */
export const mediationNextActions: NextActionsOf = (open, rulebook) => {
  const rules = rulebook.mediation;
  if (!rules || open.status !== 'open') return [];
  return [...exchangeNextActions(open, rules.exchange), ...teleconferenceActions(open, rules)];
};
