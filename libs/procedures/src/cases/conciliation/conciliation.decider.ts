import type { CaseEvent } from '../case.events';
import type { CaseState } from '../case.state';
import type { ConciliationCommand } from './conciliation.commands';
import { forwardFactsToRespondent, obtainComplainantFacts, presentSettlementOffer, receiveRespondentResponse } from './exchanges';
import { certifyPerformance, requestSubstantiation, verifyPerformance } from './performance';
import { circulateSettlementLetter, reachSettlement } from './settlement';
import { agreeToTeleconference, scheduleTeleconference } from './teleconference';

export const CONCILIATION_COMMAND_KINDS: readonly ConciliationCommand['kind'][] = [
  'ObtainComplainantFacts',
  'ForwardFactsToRespondent',
  'ReceiveRespondentResponse',
  'PresentSettlementOffer',
  'AgreeToTeleconference',
  'ScheduleTeleconference',
  'ReachSettlement',
  'CirculateSettlementLetter',
  'CertifyPerformance',
  'RequestSubstantiation',
  'VerifyPerformance',
];

/** Conciliation and Settlement (BBB Part 3) and verification of a Settlement's corrective action (BBB Part 5). */
export function decideConciliation(command: ConciliationCommand, state: CaseState): readonly CaseEvent[] {
  switch (command.kind) {
    case 'ObtainComplainantFacts':
      return obtainComplainantFacts(command, state);
    case 'ForwardFactsToRespondent':
      return forwardFactsToRespondent(command, state);
    case 'ReceiveRespondentResponse':
      return receiveRespondentResponse(command, state);
    case 'PresentSettlementOffer':
      return presentSettlementOffer(command, state);
    case 'AgreeToTeleconference':
      return agreeToTeleconference(command, state);
    case 'ScheduleTeleconference':
      return scheduleTeleconference(command, state);
    case 'ReachSettlement':
      return reachSettlement(command, state);
    case 'CirculateSettlementLetter':
      return circulateSettlementLetter(command, state);
    case 'CertifyPerformance':
      return certifyPerformance(command, state);
    case 'RequestSubstantiation':
      return requestSubstantiation(command, state);
    case 'VerifyPerformance':
      return verifyPerformance(command, state);
  }
}
