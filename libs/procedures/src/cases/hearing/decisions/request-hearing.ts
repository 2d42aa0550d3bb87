import { RuleViolation } from '@pdr/event-sourcing';
import type { CaseEvent } from '../../case.events';
import type { CaseState } from '../../case.state';
import type { RequestHearing } from '../hearing.commands';
import { notice, requireHearingRules, setDeadline } from './hearing-support';

/**
 * BBB-4.1: either Party requests a hearing once Conciliation has failed. The request is taken as ending Conciliation
 * (no prior ConciliationFailed is required). Only remedies the rulebook lists may be sought; monetary damages, or an
 * action that would violate the Respondent's legal obligations, are refused. BBB-4.4: the Complainant is asked for a
 * written Position within the period, unless the original complaint is accepted as the Position.
 */
export function requestHearing(command: RequestHearing, state: CaseState): CaseEvent[] {
  const { open, rules } = requireHearingRules(state, command.caseId);
  if (!open.docketed || !rules.requestableStages.includes(open.stage)) {
    throw new RuleViolation('conflict', rules.requestRule, `a hearing is requested when Conciliation has failed on a docketed case; the case is in ${open.stage}`);
  }
  if (command.remedies.length === 0) throw new RuleViolation('unprocessable', rules.requestRule, 'a hearing request names the remedies sought', 'remedies');
  command.remedies.forEach((remedy) => {
    const refused = rules.refusedRemedies.find((candidate) => candidate.kind === remedy.kind);
    if (refused) throw new RuleViolation('unprocessable', rules.requestRule, `"${remedy.kind}" may not be sought: ${refused.description}`, 'remedies');
    if (!rules.remedies.some((candidate) => candidate.kind === remedy.kind)) {
      throw new RuleViolation('unprocessable', rules.requestRule, `unknown remedy "${remedy.kind}": one of ${rules.remedies.map((r) => r.kind).join(', ')}`, 'remedies');
    }
  });
  const requested: CaseEvent = {
    type: 'HearingRequested',
    data: {
      caseId: command.caseId,
      rule: rules.requestRule,
      requestedBy: command.requestedBy,
      stage: rules.stages.position,
      remedies: command.remedies.map((remedy) => ({ kind: remedy.kind, ...(remedy.details ? { details: remedy.details } : {}) })),
      conciliationEnded: true,
      requestedAt: command.issuedAt,
    },
  };
  if (command.acceptComplaintAsPosition) {
    return [
      requested,
      { type: 'PositionSubmitted', data: { caseId: command.caseId, stage: rules.stages.rebuttal, rule: rules.position.deadline.rule, receivedAt: command.issuedAt, summary: 'original complaint accepted as the Position', fromComplaint: true } },
      notice(open, rules.position.forward, 'respondent', command.issuedAt),
    ];
  }
  return [
    requested,
    notice(open, rules.position.request, 'complainant', command.issuedAt),
    setDeadline(open, command.calendar, rules.position.deadline, { event: 'HearingRequested', at: command.issuedAt }),
  ];
}
