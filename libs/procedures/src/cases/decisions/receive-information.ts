import { RuleViolation } from '@pdr/event-sourcing';
import type { DeadlineMet } from '../../deadlines/deadline.events';
import { pendingDeadlines } from '../../deadlines/deadline.state';
import { periodHasEnded } from '../../deadlines/period-end';
import { isExtendable } from '../../rulebooks/deadline-rules';
import { assertReceivedNotInFuture } from '../../shared/instants';
import type { ReceiveRequestedInformation } from '../case.commands';
import type { RequestedInformationReceived } from '../case.events';
import { requireOpenCase, rulebookOf } from '../case-guards';
import type { CaseState } from '../case.state';

/** The Complainant answered a request for information in time: the period is met and review goes on. */
export function receiveInformation(command: ReceiveRequestedInformation, state: CaseState): (RequestedInformationReceived | DeadlineMet)[] {
  const open = requireOpenCase(state, command.caseId);
  const { deadline } = rulebookOf(open).informationRequest;
  const pending = pendingDeadlines(open.deadlines).find((candidate) => candidate.kind === deadline.kind);
  if (!pending) throw new RuleViolation('conflict', deadline.rule, 'no request for information is awaiting an answer');
  assertReceivedNotInFuture(command.receivedAt, command.issuedAt);
  if (periodHasEnded(pending.dueAt, command.receivedAt)) {
    const rulebook = rulebookOf(open);
    const extension = isExtendable(rulebook, deadline.kind) ? `; extend it for good cause first (${rulebook.extensionRule})` : '';
    throw new RuleViolation('conflict', deadline.rule, `received after the period ended (${pending.dueAt})${extension}`, 'receivedAt');
  }
  return [
    { type: 'RequestedInformationReceived', data: { caseId: command.caseId, requestId: pending.deadlineId, receivedAt: command.receivedAt, summary: command.summary } },
    { type: 'DeadlineMet', data: { caseId: command.caseId, deadlineId: pending.deadlineId, metAt: command.receivedAt } },
  ];
}
