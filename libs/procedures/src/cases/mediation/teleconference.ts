import { RuleViolation } from '@pdr/event-sourcing';
import type { CaseEvent } from '../case.events';
import type { CaseState } from '../case.state';
import { notice } from '../effects/notices';
import { latestDeadline, requireText, setDeadline } from '../effects/periods';
import { silenceFollows } from '../exchange/exchange-lapse';
import type { AppointMediator, RecordMediationOutcome, ScheduleMediationTeleconference, SendSettlementTerms } from './mediation.commands';
import { MEDIATION_OUTCOMES } from './mediation.events';
import { requireMediationStage } from './mediation-guards';

const DAY_MS = 24 * 60 * 60 * 1000;

/** VS-7.4: the administrator appoints the mediator; another may replace them until the teleconference is held. */
export function appointMediator(command: AppointMediator, state: CaseState): CaseEvent[] {
  const { open, rules } = requireMediationStage(state, command.caseId, (r) => [r.teleconference.stage, r.teleconference.scheduledStage], 'appointing a mediator');
  const name = requireText(command.mediatorName, rules.teleconference.rule, 'mediatorName');
  return [{ type: 'MediatorAppointed', data: { caseId: open.caseId, rule: rules.teleconference.rule, mediator: { name }, appointedAt: command.issuedAt } }];
}

/**
 * VS-7.4: the Parties are noticed of the teleconference at least the minimum before it ("at least fifteen (15) days":
 * calendar days, from the notice, which is delivered on transmission). Setting it again notices the Parties again.
 */
export function scheduleTeleconference(command: ScheduleMediationTeleconference, state: CaseState): CaseEvent[] {
  const { open, rules } = requireMediationStage(state, command.caseId, (r) => [r.teleconference.stage, r.teleconference.scheduledStage], 'scheduling the Mediation Teleconference');
  const { teleconference } = rules;
  if (!open.mediation?.mediator) throw new RuleViolation('conflict', teleconference.rule, 'a mediator is appointed before the teleconference is set');
  const at = Date.parse(command.scheduledFor);
  if (Number.isNaN(at)) throw new RuleViolation('unprocessable', teleconference.rule, 'scheduledFor must be an instant', 'scheduledFor');
  const earliest = Date.parse(command.issuedAt) + teleconference.minimumNotice.count * DAY_MS;
  if (at < earliest) {
    throw new RuleViolation('unprocessable', teleconference.rule, `scheduledFor: the Parties are noticed at least ${teleconference.minimumNotice.count} days before the teleconference; the earliest is ${new Date(earliest).toISOString()}`, 'scheduledFor');
  }
  return [
    { type: 'MediationTeleconferenceScheduled', data: { caseId: open.caseId, rule: teleconference.rule, stage: teleconference.scheduledStage, scheduledFor: command.scheduledFor, noticedAt: command.issuedAt } },
    notice(open, teleconference.notice, 'complainant', command.issuedAt, 0),
    notice(open, teleconference.notice, 'respondent', command.issuedAt, 1),
  ];
}

/** VS-7.4 (i) to (iv): what came of the teleconference, once it was held; each outcome leads where the rulebook says. */
export function recordMediationOutcome(command: RecordMediationOutcome, state: CaseState): CaseEvent[] {
  const { open, rules } = requireMediationStage(state, command.caseId, (r) => [r.teleconference.scheduledStage], 'recording the teleconference\'s outcome');
  const { teleconference } = rules;
  const scheduledFor = open.mediation?.scheduledFor ?? command.issuedAt;
  if (Date.parse(command.issuedAt) < Date.parse(scheduledFor)) throw new RuleViolation('conflict', teleconference.rule, `the teleconference is set for ${scheduledFor}: its outcome is recorded after it`);
  if (!MEDIATION_OUTCOMES.includes(command.outcome)) throw new RuleViolation('unprocessable', teleconference.rule, `outcome: one of ${MEDIATION_OUTCOMES.join(', ')}`, 'outcome');
  const { outcomes } = teleconference;
  const recorded = (stage?: string, terms?: string): CaseEvent => ({
    type: 'MediationOutcomeRecorded',
    data: { caseId: open.caseId, rule: teleconference.rule, outcome: command.outcome, ...(stage ? { stage } : {}), ...(terms ? { terms } : {}), heldAt: scheduledFor, recordedAt: command.issuedAt },
  });
  const cause = { rule: teleconference.rule };
  switch (command.outcome) {
    case 'complainant-absent':
      return [recorded(), ...silenceFollows(open, rules.exchange, 'complainant', outcomes.complainantAbsent, cause, command.issuedAt)];
    case 'participant-absent':
      return [recorded(), ...silenceFollows(open, rules.exchange, 'respondent', outcomes.participantAbsent, cause, command.issuedAt)];
    case 'settlement': {
      const terms = requireText(command.terms, teleconference.rule, 'terms');
      const { settlement } = outcomes;
      return [recorded(settlement.stage, terms), setDeadline(open, command.calendar, settlement.terms.deadline, { event: 'MediationOutcomeRecorded', at: command.issuedAt })];
    }
    case 'no-settlement': {
      const { hearingRequest } = outcomes.noSettlement;
      return [recorded(hearingRequest.stage), setDeadline(open, command.calendar, hearingRequest.deadline, { event: 'MediationOutcomeRecorded', at: command.issuedAt })];
    }
  }
}

/** VS-7.4 (iii): the Settlement's terms go to both Parties within the period; its performance is then monitored (VS-12). */
export function sendSettlementTerms(command: SendSettlementTerms, state: CaseState): CaseEvent[] {
  const { open, rules } = requireMediationStage(state, command.caseId, (r) => [r.teleconference.outcomes.settlement.stage], 'sending the Settlement\'s terms');
  const { settlement } = rules.teleconference.outcomes;
  const running = latestDeadline(open, settlement.terms.deadline.kind);
  const met: CaseEvent[] = running?.status === 'pending' ? [{ type: 'DeadlineMet', data: { caseId: open.caseId, deadlineId: running.deadlineId, metAt: command.issuedAt } }] : [];
  return [
    { type: 'SettlementTermsSent', data: { caseId: open.caseId, rule: settlement.terms.notice.rule, stage: settlement.performanceStage, sentAt: command.issuedAt } },
    ...met,
    notice(open, settlement.terms.notice, 'complainant', command.issuedAt, 0),
    notice(open, settlement.terms.notice, 'respondent', command.issuedAt, 1),
  ];
}
