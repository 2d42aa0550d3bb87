import { RuleViolation } from '@pdr/event-sourcing';
import { computeDue } from '../../deadlines/compute-due';
import { isExtendable } from '../../rulebooks/deadline-rules';
import type { DeadlineExtended } from '../../deadlines/deadline.events';
import type { ExtendDeadline } from '../case.commands';
import { requireOpenCase, rulebookOf } from '../case-guards';
import type { CaseState } from '../case.state';

/**
 * More time for good cause (BBB-4.5.4, VS-8.4a): the period runs on from its current end. Only a period the rulebook
 * marks extendable: the rules give the extension for late filings meant for the Panelist (hearing officer), not for
 * every period (not the BBB-2.4b request for information, nor the BBB-8.8 cure period).
 */
export function extendDeadline(command: ExtendDeadline, state: CaseState): DeadlineExtended[] {
  const open = requireOpenCase(state, command.caseId);
  const rulebook = rulebookOf(open);
  const rule = rulebook.extensionRule;
  const deadline = open.deadlines[command.deadlineId];
  if (!deadline) throw new RuleViolation('not-found', 'DEADLINE-UNKNOWN', `no deadline ${command.deadlineId} on case ${command.caseId}`, 'deadlineId');
  if (!isExtendable(rulebook, deadline.kind)) {
    throw new RuleViolation('unprocessable', rule, `${command.deadlineId} is a ${deadline.rule} period, which ${rule} does not let ${rulebook.administrator} extend`, 'deadlineId');
  }
  if (deadline.status !== 'pending') throw new RuleViolation('conflict', rule, `deadline ${command.deadlineId} is ${deadline.status}: only a running period can be extended`, 'deadlineId');
  if (!command.reason.trim()) throw new RuleViolation('unprocessable', rule, 'an extension needs the good cause for it', 'reason');
  const due = computeDue(command.calendar, deadline.dueAt, command);
  return [
    {
      type: 'DeadlineExtended',
      data: { caseId: command.caseId, deadlineId: command.deadlineId, grantedBy: command.grantedBy, reason: command.reason, previousDueAt: deadline.dueAt, count: command.count, unit: command.unit, ...due },
    },
  ];
}
