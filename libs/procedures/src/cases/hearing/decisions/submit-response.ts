import type { CaseEvent } from '../../case.events';
import type { CaseState } from '../../case.state';
import type { SubmitResponse } from '../hearing.commands';
import { meetDeadline, requireHearingRules, requireStage, requireText } from './hearing-support';

/** BBB-4.4.3: the Respondent's response, an addendum to the Rebuttal; on it the record goes to the Panelist. */
export function submitResponse(command: SubmitResponse, state: CaseState): CaseEvent[] {
  const { open, rules } = requireHearingRules(state, command.caseId);
  const { rule, kind } = rules.response.deadline;
  requireStage(open, rules, [rules.stages.response], rule, 'a response');
  requireText(command.summary, rule);
  const met = meetDeadline(open, rules, kind, command.receivedAt, command.issuedAt);
  return [
    { type: 'ResponseSubmitted', data: { caseId: command.caseId, rule, receivedAt: command.receivedAt, summary: command.summary, addendumTo: 'rebuttal' } },
    ...met,
    { type: 'HearingRecordSentToPanelist', data: { caseId: command.caseId, stage: rules.stages.panelist, rule, reason: 'response-received', sentAt: command.issuedAt } },
  ];
}
