import { REVIEW_STAGES } from '../case-stages';
import { pendingDeadlines } from '../../deadlines/deadline.state';
import { isExtendable } from '../../rulebooks/deadline-rules';
import type { Rulebook } from '../../rulebooks/rulebook';
import type { OpenCase } from '../case.state';
import type { NextAction } from './next-action';


/** Eligibility review (BBB-2.x, VS-5.x): identity, the conditions one by one, requests for information, docketing. */
function reviewActions(open: OpenCase, rulebook: Rulebook): NextAction[] {
  if (!REVIEW_STAGES.has(open.stage)) return [];
  const { eligibility, informationRequest } = rulebook;
  const actions: NextAction[] = [];
  if (rulebook.identityVerificationRule && !open.identityVerified) {
    actions.push({ command: 'VerifyComplainantIdentity', by: 'administrator', rule: rulebook.identityVerificationRule, description: "Verify the Complainant's identity", awaited: true });
  }
  const awaitingAnswer = pendingDeadlines(open.deadlines).find((deadline) => deadline.kind === informationRequest.deadline.kind);
  if (awaitingAnswer) {
    actions.push({ command: 'ReceiveRequestedInformation', by: 'administrator', rule: informationRequest.deadline.rule, description: 'Record the information the Complainant sent', awaited: true, deadlineId: awaitingAnswer.deadlineId });
  } else {
    actions.push({ command: 'RequestInformation', by: 'administrator', rule: informationRequest.deadline.rule, description: 'Ask the Complainant for more information', awaited: false });
  }
  const participation = eligibility.conditions.find((condition) => condition.id === eligibility.participationCondition);
  if (participation) {
    actions.push({ command: 'IdentifyRespondent', by: 'administrator', rule: participation.rule, description: 'Match the Respondent to a business in the registry', awaited: !open.respondentBusinessId });
  }
  for (const condition of eligibility.conditions) {
    // Identity is found met by verifying it, never by a finding.
    if (condition.id === eligibility.identityCondition) continue;
    const assessed = open.findings[condition.id] !== undefined;
    actions.push({ command: 'AssessEligibilityCondition', by: 'administrator', rule: condition.rule, description: `${assessed ? 'Revise the finding' : 'Record a finding'}: ${condition.description}`, awaited: !assessed, about: { condition: condition.id } });
  }
  for (const condition of eligibility.conditions) {
    const unmet = condition.id === eligibility.identityCondition ? !open.identityVerified : open.findings[condition.id]?.met === false;
    if (!unmet) continue;
    // An unverified identity may yet be verified; a condition found unmet is waiting for the determination.
    const found = condition.id !== eligibility.identityCondition;
    actions.push({ command: 'DetermineIneligible', by: 'administrator', rule: eligibility.ineligible.notice.rule, description: `Close as ineligible: ${condition.description}`, awaited: found, about: { condition: condition.id } });
  }
  const allMet = eligibility.conditions.every((condition) => (condition.id === eligibility.identityCondition ? open.identityVerified : open.findings[condition.id]?.met === true));
  if (allMet && pendingDeadlines(open.deadlines).length === 0) {
    actions.push({ command: 'DocketCase', by: 'administrator', rule: eligibility.docketing.rule, description: 'Docket the Case: every condition is found met', awaited: true });
  }
  return actions;
}

/** What a docketed case allows at any stage: the acknowledgements of its opening and representatives (BBB-8.1, BBB-2.5). */
function partyActions(open: OpenCase, rulebook: Rulebook): NextAction[] {
  if (!open.docketed) return [];
  const { acknowledgementRule } = rulebook.eligibility.docketing;
  const { representativeRule } = rulebook.eligibility;
  const actions: NextAction[] = [];
  if (acknowledgementRule) {
    for (const party of ['complainant', 'respondent'] as const) {
      if (open.acknowledgements.includes(party)) continue;
      actions.push({ command: 'AcknowledgeWaiver', by: 'administrator', rule: acknowledgementRule, description: `Record the ${party}'s acknowledgement of the waiver of the Procedure`, awaited: true, about: { party } });
    }
  }
  if (representativeRule) {
    actions.push({ command: 'DesignateRepresentative', by: 'administrator', rule: representativeRule, description: 'Record the representative a Party designates', awaited: false });
  }
  return actions;
}

/**
 * What any open case allows: withdrawal by the Complainant, closing for the Complainant's material breach where the
 * rulebook provides it (VS-6.1), and more time for good cause on a running period the rulebook lets extend.
 */
function anytimeActions(open: OpenCase, rulebook: Rulebook): NextAction[] {
  const breach = rulebook.complainantBreach;
  return [
    { command: 'WithdrawComplaint', by: 'complainant', rule: rulebook.withdrawal.rule, description: 'The Complainant withdraws the Complaint', awaited: false },
    ...(breach ? [{ command: 'CloseForComplainantBreach', by: 'administrator', rule: breach.rule, description: `Close as "${breach.closure.label}" for the Complainant's material breach of the procedure, with reasons`, awaited: false } satisfies NextAction] : []),
    ...pendingDeadlines(open.deadlines).filter((deadline) => isExtendable(rulebook, deadline.kind)).map(
      (deadline): NextAction => ({ command: 'ExtendDeadline', by: 'administrator', rule: rulebook.extensionRule, description: `Extend ${deadline.kind} (due ${deadline.dueOn}) for good cause`, awaited: false, deadlineId: deadline.deadlineId }),
    ),
  ];
}

/** BBB-8.7: a notice whose delivery is not yet on record; the notice of closing too, so closed cases keep these. */
function deliveryActions(open: OpenCase, rulebook: Rulebook): NextAction[] {
  const { transmittal } = rulebook;
  if (transmittal.receipt !== 'recorded') return [];
  return Object.entries(open.notices)
    .filter(([, notice]) => !notice.deliveredAt)
    .map(([noticeId, notice]): NextAction => ({ command: 'RecordNoticeDelivery', by: 'administrator', rule: transmittal.rule, description: `Record when the ${notice.kind} notice reached the ${notice.recipient}`, awaited: false, about: { noticeId } }));
}

export function caseNextActions(open: OpenCase, rulebook: Rulebook): NextAction[] {
  if (open.status !== 'open') return deliveryActions(open, rulebook);
  return [...reviewActions(open, rulebook), ...partyActions(open, rulebook), ...anytimeActions(open, rulebook), ...deliveryActions(open, rulebook)];
}
