import { RuleViolation } from '@pdr/event-sourcing';
import type { NoticeSent } from '../case.events';
import type { CaseState } from '../case.state';
import type { ForwardFactsToRespondent, ObtainComplainantFacts, PresentSettlementOffer, ReceiveRespondentResponse } from './conciliation.commands';
import type { ComplainantFactsObtained, RespondentResponseReceived, SettlementOfferPresented } from './conciliation.events';
import { inConciliation, requireConciliationStage } from './conciliation-guards';

const exchangeRule = (rules: { exchanges: { rule: string } }) => rules.exchanges.rule;

/** BBB-3.2: the facts as the Complainant sees them. */
export function obtainComplainantFacts(command: ObtainComplainantFacts, state: CaseState): ComplainantFactsObtained[] {
  const { rules } = requireConciliationStage(state, command.caseId, exchangeRule, inConciliation, "obtaining the Complainant's facts");
  return [{ type: 'ComplainantFactsObtained', data: { caseId: command.caseId, rule: rules.exchanges.rule, summary: command.summary, obtainedBy: command.actorId, obtainedAt: command.obtainedAt } }];
}

/** BBB-3.2: what was obtained from the Complainant goes to the Respondent, as a notice. */
export function forwardFactsToRespondent(command: ForwardFactsToRespondent, state: CaseState): NoticeSent[] {
  const { open, rules } = requireConciliationStage(state, command.caseId, exchangeRule, inConciliation, "forwarding the Complainant's facts");
  if (!open.conciliation.factsObtained) throw new RuleViolation('conflict', rules.exchanges.rule, "obtain the Complainant's facts before forwarding them to the Respondent");
  return [
    {
      type: 'NoticeSent',
      data: {
        caseId: command.caseId,
        noticeId: `notice-${open.noticesSent + 1}`,
        kind: rules.exchanges.forwardingNoticeKind,
        rule: rules.exchanges.rule,
        recipient: 'respondent',
        channel: command.channel,
        sentAt: command.issuedAt,
      },
    },
  ];
}

/** BBB-3.2: the Respondent answers what was forwarded. */
export function receiveRespondentResponse(command: ReceiveRespondentResponse, state: CaseState): RespondentResponseReceived[] {
  const { open, rules } = requireConciliationStage(state, command.caseId, exchangeRule, inConciliation, "receiving the Respondent's response");
  if (!open.conciliation.factsForwarded) throw new RuleViolation('conflict', rules.exchanges.rule, "the Respondent's response answers the Complainant's facts: forward them first");
  return [{ type: 'RespondentResponseReceived', data: { caseId: command.caseId, rule: rules.exchanges.rule, summary: command.summary, receivedAt: command.receivedAt, recordedBy: command.actorId } }];
}

/** BBB-3.2: a Respondent's offer presented to the Complainant. BBB-3.1: the CBBB facilitates, it never offers terms itself. */
export function presentSettlementOffer(command: PresentSettlementOffer, state: CaseState): SettlementOfferPresented[] {
  const { open, rules } = requireConciliationStage(state, command.caseId, exchangeRule, inConciliation, 'presenting a settlement offer');
  if (command.offeredBy !== 'respondent' && command.offeredBy !== 'complainant') {
    throw new RuleViolation('unprocessable', rules.facilitatorRule, 'the CBBB is an impartial facilitator: it presents the Parties\' offers and does not make its own', 'offeredBy');
  }
  if (command.offeredBy !== 'respondent') throw new RuleViolation('unprocessable', rules.exchanges.rule, "offers presented to the Complainant are the Respondent's", 'offeredBy');
  return [
    {
      type: 'SettlementOfferPresented',
      data: {
        caseId: command.caseId,
        rule: rules.exchanges.rule,
        offerId: `offer-${open.conciliation.offersPresented + 1}`,
        offeredBy: 'respondent',
        presentedTo: 'complainant',
        terms: command.terms,
        presentedBy: command.actorId,
        presentedAt: command.issuedAt,
      },
    },
  ];
}
