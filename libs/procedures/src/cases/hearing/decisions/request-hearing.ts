import { RuleViolation } from '@pdr/event-sourcing';
import type { CaseEvent } from '../../case.events';
import type { CaseState } from '../../case.state';
import type { RequestHearing } from '../hearing.commands';
import type { HearingParty } from '../hearing.events';
import { notice, requireHearingRules, setDeadline } from './hearing-support';

/** The Party whose written Position the hearing asks for, and so the only one who may ask that the complaint stand as it. */
const POSITION_PARTY: HearingParty = 'complainant';

/**
 * BBB-4.1: either Party requests a hearing once Conciliation has failed. The request is taken as ending Conciliation
 * (no prior ConciliationFailed is required). Only remedies the rulebook lists may be sought; monetary damages, or an
 * action that would violate the Respondent's legal obligations, are refused. BBB-4.4: the Complainant is asked for a
 * written Position within the period, unless the original complaint is accepted as the Position, which only the
 * Complainant may request: a Respondent's request naming it is refused (422, field acceptComplaintAsPosition).
 */
export function requestHearing(command: RequestHearing, state: CaseState): CaseEvent[] {
  const { open, rules } = requireHearingRules(state, command.caseId);
  if (!open.docketed || !rules.requestableStages.includes(open.stage)) {
    throw new RuleViolation('conflict', rules.requestRule, `a hearing is requested when Conciliation has failed on a docketed case; the case is in ${open.stage}`);
  }
  // BBB-4.4: the complaint may stand as the Position only if the Complainant, whose Position it is, so requests.
  if (command.acceptComplaintAsPosition && command.requestedBy !== POSITION_PARTY) {
    throw new RuleViolation(
      'unprocessable',
      rules.position.deadline.rule,
      `acceptComplaintAsPosition: the complaint is accepted as the Position only at the ${POSITION_PARTY}'s request, not on the ${command.requestedBy}'s hearing request`,
      'acceptComplaintAsPosition',
    );
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
