import { RuleViolation } from '@pdr/event-sourcing';
import type { CaseEvent } from '../../case.events';
import type { CaseState } from '../../case.state';
import { fileSubmission } from '../../exchange/file-submission';
import type { SubmitPosition, SubmitRebuttal, SubmitReply, SubmitResponse } from '../hearing.commands';
import { requireHearingRules } from './hearing-support';

export type HearingSubmission = SubmitPosition | SubmitRebuttal | SubmitReply | SubmitResponse;

/**
 * A Party's filing in the written phase (BBB-4.4 to 4.4.3): the slot its rulebook files with this command,
 * decided by the exchange part from that slot's data.
 */
export function fileHearingSubmission(command: HearingSubmission, state: CaseState): CaseEvent[] {
  const { open, rules } = requireHearingRules(state, command.caseId);
  const { exchange } = rules;
  const slot = exchange.slots.find((candidate) => candidate.command === command.kind);
  if (!slot) throw new RuleViolation('unprocessable', exchange.lateRule, `${open.rulebook.id}'s hearing has no submission filed with ${command.kind}`, 'kind');
  const fromComplaint = command.kind === 'SubmitPosition' && command.acceptComplaintAsPosition === true;
  return fileSubmission(open, exchange, slot, { receivedAt: command.receivedAt, ...(command.summary !== undefined ? { summary: command.summary } : {}), fromComplaint, issuedAt: command.issuedAt });
}
