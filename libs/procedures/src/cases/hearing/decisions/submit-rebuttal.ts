import type { CaseEvent } from '../../case.events';
import type { CaseState } from '../../case.state';
import type { SubmitRebuttal } from '../hearing.commands';
import { meetDeadline, notice, requireHearingRules, requireStage, requireText } from './hearing-support';

/**
 * BBB-4.4: the Respondent's Rebuttal, due after receipt of the Position; BBB-4.4.1: after a default notice, a Rebuttal
 * within the notice's period is accepted too. Either way it is forwarded to the Complainant (BBB-4.4.2).
 */
export function submitRebuttal(command: SubmitRebuttal, state: CaseState): CaseEvent[] {
  const { open, rules } = requireHearingRules(state, command.caseId);
  requireStage(open, rules, [rules.stages.rebuttal, rules.stages.default], rules.rebuttal.deadline.rule, 'a Rebuttal');
  const afterDefault = open.stage === rules.stages.default;
  const period = afterDefault ? rules.default.deadline : rules.rebuttal.deadline;
  requireText(command.summary, period.rule);
  const met = meetDeadline(open, rules, period.kind, command.receivedAt, command.issuedAt);
  return [
    { type: 'RebuttalSubmitted', data: { caseId: command.caseId, stage: rules.stages.reply, rule: period.rule, receivedAt: command.receivedAt, summary: command.summary, afterDefault } },
    ...met,
    notice(open, rules.rebuttal.forward, 'complainant', command.issuedAt),
  ];
}
