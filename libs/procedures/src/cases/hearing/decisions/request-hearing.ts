import { RuleViolation } from '@pdr/event-sourcing';
import type { CaseEvent } from '../../case.events';
import type { CaseState } from '../../case.state';
import type { HearingRules } from '../../../rulebooks/hearing-rules';
import type { RequestHearing } from '../hearing.commands';
import { openExchange } from '../../exchange/file-submission';
import { latestDeadline } from '../../effects/periods';
import { requireHearingRules } from './hearing-support';

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
  // VS-7.4(iv): only the Complainant may ask for the hearing; BBB-4.1: either Party.
  if (rules.requesters && !rules.requesters.includes(command.requestedBy)) {
    throw new RuleViolation('unprocessable', rules.requestRule, `requestedBy: a hearing is requested by the ${rules.requesters.join(' or the ')}`, 'requestedBy');
  }
  // VS-8.2: the request includes the requester's brief.
  const brief = command.brief?.trim() ? command.brief : undefined;
  if (rules.brief && !brief) throw new RuleViolation('unprocessable', rules.brief.rule, 'brief: the hearing request includes the brief', 'brief');
  // BBB-4.4: the complaint may stand as the Position only if the Complainant, whose Position it is, so requests.
  const standing = rules.exchange.slots.find((slot) => slot.complaintMayStand && 'opening' in slot.startsOn);
  if (command.acceptComplaintAsPosition && (!standing || command.requestedBy !== standing.by)) {
    throw new RuleViolation(
      'unprocessable',
      standing?.period.rule ?? rules.requestRule,
      standing
        ? `acceptComplaintAsPosition: the complaint stands as ${standing.name} only at the ${standing.by}'s request, not on the ${command.requestedBy}'s hearing request`
        : 'acceptComplaintAsPosition: no submission of this hearing may be the complaint',
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
      stage: openingStage(rules),
      remedies: command.remedies.map((remedy) => ({ kind: remedy.kind, ...(remedy.details ? { details: remedy.details } : {}) })),
      ...(rules.brief && brief ? { brief } : {}),
      conciliationEnded: true,
      requestedAt: command.issuedAt,
    },
  };
  // VS-7.4(iv): the request meets the period that runs for it, when one does.
  const period = rules.requestPeriod ? latestDeadline(open, rules.requestPeriod) : undefined;
  const met: CaseEvent[] = period?.status === 'pending' ? [{ type: 'DeadlineMet', data: { caseId: open.caseId, deadlineId: period.deadlineId, metAt: command.issuedAt } }] : [];
  return [requested, ...met, ...openExchange(open, rules.exchange, command.calendar, { event: 'HearingRequested', at: command.issuedAt, complaintStands: command.acceptComplaintAsPosition === true })];
}

/** The stage the request puts the case in: the first opening slot's (where the complaint stands as it, the follower's is set by the filing). */
function openingStage(rules: HearingRules): string {
  const opening = rules.exchange.slots.find((slot) => 'opening' in slot.startsOn);
  return opening?.stage ?? rules.exchange.endStage;
}
