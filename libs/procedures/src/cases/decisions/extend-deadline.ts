import { RuleViolation } from '@pdr/event-sourcing';
import { computeDue } from '../../deadlines/compute-due';
import type { DeadlineExtended } from '../../deadlines/deadline.events';
import type { ExtendDeadline } from '../case.commands';
import { requireOpenCase, rulebookOf } from '../case-guards';
import type { CaseState } from '../case.state';

/** More time for good cause (BBB-4.5.4, VS-8.4a): the period runs on from its current end. */
export function extendDeadline(command: ExtendDeadline, state: CaseState): DeadlineExtended[] {
  const open = requireOpenCase(state, command.caseId);
  const rule = rulebookOf(open).extensionRule;
  const deadline = open.deadlines[command.deadlineId];
  if (!deadline) throw new RuleViolation('not-found', 'DEADLINE-UNKNOWN', `no deadline ${command.deadlineId} on case ${command.caseId}`, 'deadlineId');
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
