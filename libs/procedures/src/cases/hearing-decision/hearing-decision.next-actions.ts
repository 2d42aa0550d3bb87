import { exchangeNextActions } from '../exchange/exchange.next-actions';
import type { NextActionsOf } from '../next-actions/next-action';
import { appointedAs, appointmentFor } from '../panel/appointments';
import { initialPanel } from '../panel/panel.state';
import { hearingDecisionsOf } from './hearing-decision-rules-of';

/** VS-8.4(c), VS-9.4: with the officer appointed, the case awaits their decision: a Reparation Order, or closed. */
export const hearingDecisionNextActions: NextActionsOf = (open, rulebook) => {
  if (open.status !== 'open') return [];
  const rules = hearingDecisionsOf(rulebook).find((candidate) => candidate.stage === open.stage);
  const appointment = appointmentFor(rulebook, open.stage);
  const officerId = appointment && appointedAs(open.panel ?? initialPanel, appointment);
  if (!rules || !officerId) return [];
  return [
    {
      command: 'IssueHearingDecision', by: 'panelist', rule: rules.rule, awaited: true, about: { panelistId: officerId },
      description: `Issue ${rules.name} on ${rules.standard}: a ${rules.order.name} (${rules.order.remedyRule}), or "${rules.noAction.closure.label}"`,
    },
  ];
};

/** VS-9.2: an accepted appeal's exchange (the Participant's rebuttal of the appeal brief). */
export const appellateHearingNextActions: NextActionsOf = (open, rulebook) =>
  open.status === 'open' && rulebook.appellateHearing ? exchangeNextActions(open, rulebook.appellateHearing.exchange) : [];
