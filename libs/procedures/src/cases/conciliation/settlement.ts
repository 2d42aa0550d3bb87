import { RuleViolation } from '@pdr/event-sourcing';
import { computeDue } from '../../deadlines/compute-due';
import type { DeadlineSet } from '../../deadlines/deadline.events';
import { nextDeadlineId } from '../../deadlines/deadline.state';
import type { CaseEvent, NoticeSent } from '../case.events';
import { rulebookOf } from '../case-guards';
import type { CaseState } from '../case.state';
import { closeCase } from '../effects/close-case';
import type { CirculateSettlementLetter, ReachSettlement } from './conciliation.commands';
import type { SettlementLetterCirculated, SettlementReached } from './conciliation.events';
import { inConciliation, requireConciliationStage } from './conciliation-guards';

const settlementRule = (rules: { settlement: { rule: string } }) => rules.settlement.rule;
const LOCAL_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** BBB-3.4: the Parties reached a Settlement and told the CBBB its terms. It is not effective until the letter is circulated. */
export function reachSettlement(command: ReachSettlement, state: CaseState): SettlementReached[] {
  const { rules } = requireConciliationStage(state, command.caseId, settlementRule, inConciliation, 'reaching a Settlement');
  const action = command.correctiveAction;
  if (action && (!LOCAL_DATE.test(action.performBy) || Number.isNaN(Date.parse(action.performBy)))) {
    throw new RuleViolation('unprocessable', rules.performance.deadline.rule, 'the time set for performance is a date (YYYY-MM-DD)', 'correctiveAction.performBy');
  }
  if (action && action.performBy < command.issuedAt.slice(0, 10)) {
    throw new RuleViolation('unprocessable', rules.performance.deadline.rule, `the time set for performance (${action.performBy}) has already passed`, 'correctiveAction.performBy');
  }
  return [
    {
      type: 'SettlementReached',
      data: {
        caseId: command.caseId,
        rule: rules.settlement.rule,
        terms: command.terms,
        ...(action ? { correctiveAction: { description: action.description, performBy: action.performBy } } : {}),
        reachedAt: command.issuedAt,
        stage: rules.settlement.awaitingLetterStage,
      },
    },
  ];
}

/**
 * BBB-3.4: the CBBB drafts and circulates the letter to the Parties, a notice to each; the Settlement takes effect.
 * Without corrective action the Case closes (BBB-6 reason 5); with it, the Respondent must certify implementation
 * within the period after the time set for performance (BBB-5).
 */
export function circulateSettlementLetter(command: CirculateSettlementLetter, state: CaseState): CaseEvent[] {
  const { open, rules } = requireConciliationStage(state, command.caseId, settlementRule, (r) => [r.settlement.awaitingLetterStage], 'circulating a settlement letter');
  const settlement = open.conciliation.settlement!;
  const { correctiveAction } = settlement;
  const circulated: SettlementLetterCirculated = {
    type: 'SettlementLetterCirculated',
    data: {
      caseId: command.caseId,
      rule: rules.settlement.rule,
      terms: settlement.terms,
      ...(correctiveAction ? { correctiveAction } : {}),
      circulatedTo: ['complainant', 'respondent'],
      draftedBy: command.actorId,
      circulatedAt: command.issuedAt,
      ...(command.note ? { note: command.note } : {}),
      ...(correctiveAction ? { stage: rules.performance.stage } : {}),
    },
  };
  const { letter } = rules.settlement;
  const sent = circulated.data.circulatedTo.map((recipient, i): NoticeSent => ({
    type: 'NoticeSent',
    data: { caseId: command.caseId, noticeId: `notice-${open.noticesSent + i + 1}`, kind: letter.kind, rule: letter.rule, recipient, channel: 'email', sentAt: command.issuedAt },
  }));
  if (!correctiveAction) return [circulated, ...sent, ...closeCase(open, rules.closures.withoutCorrectiveAction, command.issuedAt)];

  const { deadline } = rules.performance;
  if (command.calendar.id !== rulebookOf(open).calendarId) throw new Error(`${open.rulebook.id} counts in calendar ${rulebookOf(open).calendarId}, not ${command.calendar.id}`);
  const deadlineId = nextDeadlineId(open.deadlines, deadline.kind);
  const set: DeadlineSet = {
    type: 'DeadlineSet',
    data: {
      caseId: command.caseId,
      deadlineId,
      kind: deadline.kind,
      rule: deadline.rule,
      basis: { event: 'SettlementLetterCirculated', at: correctiveAction.performBy },
      calendarId: command.calendar.id,
      count: deadline.count,
      unit: deadline.unit,
      ...computeDue(command.calendar, correctiveAction.performBy, deadline),
    },
  };
  return [circulated, ...sent, set];
}
