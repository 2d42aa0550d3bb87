import type { CaseEvent } from '../case.events';
import type { CaseState } from '../case.state';
import type { MediationCommand } from './mediation.commands';
import { appointMediator, recordMediationOutcome, scheduleTeleconference, sendSettlementTerms } from './teleconference';

/** The Mediation Teleconference (VS-7.4); the exchange before it is the exchange part's. */
export function decideMediation(command: MediationCommand, state: CaseState): CaseEvent[] {
  switch (command.kind) {
    case 'AppointMediator':
      return appointMediator(command, state);
    case 'ScheduleMediationTeleconference':
      return scheduleTeleconference(command, state);
    case 'RecordMediationOutcome':
      return recordMediationOutcome(command, state);
    case 'SendSettlementTerms':
      return sendSettlementTerms(command, state);
  }
}
