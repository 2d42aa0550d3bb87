import { RuleViolation } from '@pdr/event-sourcing';
import type { DeadlineRule } from '../../../deadlines/deadline-rule';
import type { HearingRules } from '../../../rulebooks/hearing-rules';
import type { CaseEvent } from '../../case.events';
import type { CaseState } from '../../case.state';
import type { RecordHearingDelivery } from '../hearing.commands';
import type { HearingDocument, HearingParty } from '../hearing.events';
import { requireHearingRules, setDeadline } from './hearing-support';

/** Which period the receipt of each forwarded document starts, who receives it, and in which stage it counts. */
export function periodAfterReceipt(rules: HearingRules, document: HearingDocument): { deadline: DeadlineRule; recipient: HearingParty; stage: string } {
  switch (document) {
    case 'position':
      return { deadline: rules.rebuttal.deadline, recipient: 'respondent', stage: rules.stages.rebuttal };
    case 'default-notice':
      return { deadline: rules.default.deadline, recipient: 'respondent', stage: rules.stages.default };
    case 'rebuttal':
      return { deadline: rules.reply.deadline, recipient: 'complainant', stage: rules.stages.reply };
    case 'reply':
      return { deadline: rules.response.deadline, recipient: 'respondent', stage: rules.stages.response };
  }
}

/**
 * The forwarded document reached the other Party (BBB-8.7: by courier delivery can come days after sending). The
 * next period runs "after receipt" (BBB-4.4, 4.4.1, 4.4.2, 4.4.3), so it is set from the recorded delivery time.
 */
export function recordHearingDelivery(command: RecordHearingDelivery, state: CaseState): CaseEvent[] {
  const { open, rules } = requireHearingRules(state, command.caseId);
  const { deadline, recipient, stage } = periodAfterReceipt(rules, command.document);
  const sent = open.hearing?.documents[command.document];
  if (!sent) throw new RuleViolation('conflict', deadline.rule, `no ${command.document} has been sent on this case`, 'document');
  if (sent.deliveredAt) throw new RuleViolation('conflict', deadline.rule, `the ${command.document} was already delivered at ${sent.deliveredAt}`, 'document');
  if (open.stage !== stage) throw new RuleViolation('conflict', deadline.rule, `the case has moved on to ${open.stage}: the period after receipt of the ${command.document} no longer applies`, 'document');
  if (Date.parse(command.deliveredAt) > Date.parse(command.issuedAt)) {
    throw new RuleViolation('unprocessable', 'RECEIPT-IN-FUTURE', `deliveredAt ${command.deliveredAt} is later than now (${command.issuedAt})`, 'deliveredAt');
  }
  if (Date.parse(command.deliveredAt) < Date.parse(sent.receivedAt)) {
    throw new RuleViolation('unprocessable', deadline.rule, `deliveredAt ${command.deliveredAt} is before the ${command.document} existed (${sent.receivedAt})`, 'deliveredAt');
  }
  return [
    { type: 'HearingDocumentDelivered', data: { caseId: command.caseId, document: command.document, recipient, rule: deadline.rule, deliveredAt: command.deliveredAt } },
    setDeadline(open, command.calendar, deadline, { event: 'HearingDocumentDelivered', at: command.deliveredAt }),
  ];
}
