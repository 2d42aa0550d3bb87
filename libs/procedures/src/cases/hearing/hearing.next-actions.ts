import type { HearingRules } from '../../rulebooks/hearing-rules';
import type { OpenCase } from '../case.state';
import type { NextAction, NextActionsOf } from '../next-actions/next-action';
import { exchangeNextActions } from '../exchange/exchange.next-actions';
import type { HearingParty } from './hearing.events';

const PARTIES: readonly HearingParty[] = ['complainant', 'respondent'];

/** BBB-4.1: either Party may ask for a hearing from a docketed case in Conciliation (VS-7.4(iv): the Complainant); nothing waits for it. */
function requestAction(open: OpenCase, rules: HearingRules): NextAction[] {
  if (!open.docketed || !rules.requestableStages.includes(open.stage)) return [];
  return (rules.requesters ?? PARTIES).map((party): NextAction => ({ command: 'RequestHearing', by: party, rule: rules.requestRule, description: `The ${party} requests a Data Privacy Hearing: Conciliation has failed`, awaited: false, about: { party } }));
}

/** The hearing's request and its written phase (BBB-4.1, BBB-4.4 to 4.4.3): none on a closed case or under a rulebook without it. */
export const hearingNextActions: NextActionsOf = (open, rulebook) => {
  const rules = rulebook.hearing;
  if (!rules || open.status !== 'open') return [];
  return [...requestAction(open, rules), ...exchangeNextActions(open, rules.exchange)];
};
