import type { CaseEvent } from '../../case.events';
import type { CaseState } from '../../case.state';
import type { SubmitReply } from '../hearing.commands';
import { meetDeadline, notice, requireHearingRules, requireStage, requireText } from './hearing-support';

/** BBB-4.4.2: the Complainant's reply, an addendum to the Position, forwarded to the Respondent (BBB-4.4.3). */
export function submitReply(command: SubmitReply, state: CaseState): CaseEvent[] {
  const { open, rules } = requireHearingRules(state, command.caseId);
  const { rule, kind } = rules.reply.deadline;
  requireStage(open, rules, [rules.stages.reply], rule, 'a reply');
  requireText(command.summary, rule);
  const met = meetDeadline(open, rules, kind, command.receivedAt, command.issuedAt);
  return [
    { type: 'ReplySubmitted', data: { caseId: command.caseId, stage: rules.stages.response, rule, receivedAt: command.receivedAt, summary: command.summary, addendumTo: 'position' } },
    ...met,
    notice(open, rules.reply.forward, 'respondent', command.issuedAt),
  ];
}
