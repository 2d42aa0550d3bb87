import { pendingDeadlines } from '../../deadlines/deadline.state';
import type { ConciliationRules } from '../../rulebooks/conciliation-rules';
import type { OpenCase } from '../case.state';
import type { NextAction, NextActionsOf } from '../next-actions/next-action';
import type { ConciliationParty } from './conciliation.events';

const PARTIES: readonly ConciliationParty[] = ['complainant', 'respondent'];

/** BBB-3.2: the exchanges, in the order the CBBB works through them; each waits on the one before (exchanges.ts). */
function exchangeActions(open: OpenCase, rules: ConciliationRules): NextAction[] {
  const { rule } = rules.exchanges;
  const { factsObtained, factsForwarded, responseReceived } = open.conciliation;
  const actions: NextAction[] = [
    { command: 'ObtainComplainantFacts', by: 'administrator', rule, description: 'Obtain the facts as the Complainant sees them', awaited: !factsObtained },
  ];
  if (factsObtained) {
    actions.push({ command: 'ForwardFactsToRespondent', by: 'administrator', rule, description: "Forward the Complainant's facts to the Respondent", awaited: !factsForwarded });
  }
  if (factsForwarded) {
    actions.push({ command: 'ReceiveRespondentResponse', by: 'administrator', rule, description: "Record the Respondent's response to the Complainant's facts", awaited: !responseReceived });
  }
  // Offers are the Respondent's whenever it makes one; the CBBB only presents them (BBB-3.1).
  actions.push({ command: 'PresentSettlementOffer', by: 'administrator', rule, description: "Present the Respondent's settlement offer to the Complainant", awaited: false });
  return actions;
}

/** BBB-3.3: each Party may agree to a teleconference; once both have, the CBBB schedules it. */
function teleconferenceActions(open: OpenCase, rules: ConciliationRules): NextAction[] {
  const rule = rules.teleconferenceRule;
  const { teleconferenceAgreedBy, teleconferenceScheduledFor } = open.conciliation;
  const pending = PARTIES.filter((party) => !teleconferenceAgreedBy.includes(party));
  // Agreeing twice is accepted but changes nothing: only the Parties yet to agree are offered it.
  const agreements = pending.map(
    (party): NextAction => ({ command: 'AgreeToTeleconference', by: party, rule, description: `The ${party} agrees to a settlement teleconference`, awaited: false, about: { party } }),
  );
  if (pending.length > 0) return agreements;
  const description = teleconferenceScheduledFor ? `Reschedule the settlement teleconference (set for ${teleconferenceScheduledFor})` : 'Schedule the settlement teleconference both Parties agreed to';
  return [{ command: 'ScheduleTeleconference', by: 'administrator', rule, description, awaited: !teleconferenceScheduledFor }];
}

/** In conciliation: the exchanges, the teleconference, and a Settlement if the Parties reach one (BBB-3.4). */
function conciliationStageActions(open: OpenCase, rules: ConciliationRules): NextAction[] {
  return [
    ...exchangeActions(open, rules),
    ...teleconferenceActions(open, rules),
    { command: 'ReachSettlement', by: 'administrator', rule: rules.settlement.rule, description: 'Record the terms of the Settlement the Parties reached', awaited: false },
  ];
}

/** BBB-3.4: the Settlement is not effective until the CBBB circulates its letter: the case waits for it. */
function settlementLetterActions(rules: ConciliationRules): NextAction[] {
  return [{ command: 'CirculateSettlementLetter', by: 'administrator', rule: rules.settlement.rule, description: 'Draft and circulate the letter detailing the terms of the Settlement', awaited: true }];
}

/** BBB-5: the Respondent certifies within the period; then the CBBB may ask for substantiation and verifies. */
function performanceActions(open: OpenCase, rules: ConciliationRules): NextAction[] {
  const { deadline } = rules.performance;
  if (!open.conciliation.settlement?.certified) {
    // Certification meets the running period; with none running (it lapsed) there is nothing to certify against.
    const running = pendingDeadlines(open.deadlines).find((candidate) => candidate.kind === deadline.kind);
    if (!running) return [];
    return [{ command: 'CertifyPerformance', by: 'respondent', rule: deadline.rule, description: 'The Respondent certifies that the corrective action has been implemented', awaited: true, deadlineId: running.deadlineId }];
  }
  return [
    { command: 'VerifyPerformance', by: 'administrator', rule: deadline.rule, description: 'Determine that the certified corrective action has been taken', awaited: true },
    { command: 'RequestSubstantiation', by: 'administrator', rule: deadline.rule, description: 'Ask the Respondent for information substantiating its certification', awaited: false },
  ];
}

/** Conciliation and Settlement (BBB Part 3) and verification of a Settlement's corrective action (BBB Part 5), by stage. */
export const conciliationNextActions: NextActionsOf = (state, rulebook) => {
  const rules = rulebook.conciliation;
  // Every conciliation command needs an open case (requireOpenCase) under a rulebook with conciliation.
  if (!rules || state.status !== 'open') return [];
  if (state.stage === rules.stage) return conciliationStageActions(state, rules);
  if (state.stage === rules.settlement.awaitingLetterStage) return settlementLetterActions(rules);
  if (state.stage === rules.performance.stage) return performanceActions(state, rules);
  return [];
};
