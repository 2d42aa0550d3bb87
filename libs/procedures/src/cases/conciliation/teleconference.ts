import { RuleViolation } from '@pdr/event-sourcing';
import type { CaseState } from '../case.state';
import type { AgreeToTeleconference, ScheduleTeleconference } from './conciliation.commands';
import type { ConciliationParty, TeleconferenceAgreed, TeleconferenceScheduled } from './conciliation.events';
import { inConciliation, requireConciliationStage } from './conciliation-guards';

const PARTIES: readonly ConciliationParty[] = ['complainant', 'respondent'];
const teleconferenceRule = (rules: { teleconferenceRule: string }) => rules.teleconferenceRule;

/** BBB-3.3: one ConciliationParty's agreement to a settlement teleconference; agreeing twice changes nothing. */
export function agreeToTeleconference(command: AgreeToTeleconference, state: CaseState): TeleconferenceAgreed[] {
  const { open, rules } = requireConciliationStage(state, command.caseId, teleconferenceRule, inConciliation, 'agreeing to a settlement teleconference');
  if (open.conciliation.teleconferenceAgreedBy.includes(command.party)) return [];
  return [{ type: 'TeleconferenceAgreed', data: { caseId: command.caseId, rule: rules.teleconferenceRule, party: command.party, agreedAt: command.issuedAt } }];
}

/** BBB-3.3: a teleconference with staff is scheduled only once both Parties agreed. */
export function scheduleTeleconference(command: ScheduleTeleconference, state: CaseState): TeleconferenceScheduled[] {
  const { open, rules } = requireConciliationStage(state, command.caseId, teleconferenceRule, inConciliation, 'scheduling a settlement teleconference');
  const missing = PARTIES.filter((party) => !open.conciliation.teleconferenceAgreedBy.includes(party));
  if (missing.length > 0) throw new RuleViolation('conflict', rules.teleconferenceRule, `a settlement teleconference needs both Parties' agreement; not yet agreed: ${missing.join(', ')}`);
  return [{ type: 'TeleconferenceScheduled', data: { caseId: command.caseId, rule: rules.teleconferenceRule, scheduledFor: command.scheduledFor, scheduledBy: command.actorId, scheduledAt: command.issuedAt } }];
}
