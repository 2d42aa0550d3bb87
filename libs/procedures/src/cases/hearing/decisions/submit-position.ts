import type { CaseEvent } from '../../case.events';
import type { CaseState } from '../../case.state';
import type { SubmitPosition } from '../hearing.commands';
import { meetDeadline, notice, requireHearingRules, requireStage, requireText } from './hearing-support';

/** BBB-4.4: the Complainant's Position (or the original complaint accepted as it) meets its period and is forwarded to the Respondent. */
export function submitPosition(command: SubmitPosition, state: CaseState): CaseEvent[] {
  const { open, rules } = requireHearingRules(state, command.caseId);
  const { rule, kind } = rules.position.deadline;
  requireStage(open, rules, [rules.stages.position], rule, 'a Position');
  const fromComplaint = command.acceptComplaintAsPosition === true;
  const summary = fromComplaint ? (command.summary ?? 'original complaint accepted as the Position') : requireText(command.summary, rule);
  const met = meetDeadline(open, rules, kind, command.receivedAt, command.issuedAt);
  return [
    { type: 'PositionSubmitted', data: { caseId: command.caseId, stage: rules.stages.rebuttal, rule, receivedAt: command.receivedAt, summary, fromComplaint } },
    ...met,
    notice(open, rules.position.forward, 'respondent', command.issuedAt),
  ];
}
