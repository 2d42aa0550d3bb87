import { RuleViolation } from '@pdr/event-sourcing';
import type { DeadlineCancelled, DeadlineSet } from '../../deadlines/deadline.events';
import { pendingDeadlines } from '../../deadlines/deadline.state';
import { assertReceivedNotInFuture } from '../../shared/instants';
import type { CaseEvent } from '../case.events';
import { rulebookOf } from '../case-guards';
import type { CaseState, OpenCase } from '../case.state';
import { requireText, setDeadline } from '../effects/periods';
import { notice } from '../effects/notices';
import { closeCase } from '../effects/close-case';
import type { CureResumer } from '../referral/cure';
import type { BusinessCalendar } from '@pdr/calendar';
import type { DecisionRules } from '../../rulebooks/decision-rules';
import type {
  CertifyDecisionCorrectiveAction,
  ClaimImpossibility,
  RuleOnImpossibility,
  SeekImpossibilityEvidence,
  StateComplianceIntent,
  VerifyDecisionCorrectiveAction,
} from './decision.commands';
import type { DecisionCorrectiveAction } from './decision.events';
import { meetStatementDeadline, requireAppointedPanelist, requireCorrectiveDecision, requireDecisionRules, requireDecisionStage, validateCorrectiveAction } from './decision-support';

const statementKinds = (rules: DecisionRules) => [rules.statement.deadline.kind, rules.noticeOfIntent.deadline.kind];

/** BBB-5: the certification period, counted from the time set for performance. */
function certificationDeadline(open: OpenCase, rules: DecisionRules, calendar: BusinessCalendar, action: DecisionCorrectiveAction): DeadlineSet {
  return setDeadline(open, calendar, rules.certification.deadline, { event: 'DecisionTimeFrame', at: action.performBy });
}

/**
 * BBB-4.6.2 (or BBB-4.6.4 within the Notice of Intent's period): the Respondent states that, and how, it will comply.
 * This meets the running statement period and starts BBB-5's certification period after the time frame.
 */
export function stateComplianceIntent(command: StateComplianceIntent, state: CaseState): CaseEvent[] {
  const { open, rules } = requireDecisionRules(state, command.caseId);
  const decision = requireCorrectiveDecision(open, rules.statement.deadline.rule, 'stating intent to comply');
  requireDecisionStage(open, [rules.stages.compliance, rules.stages.noticeOfIntent], rules.statement.deadline.rule, 'a statement of intent to comply');
  if (decision.intentStatedAt) throw new RuleViolation('conflict', rules.statement.deadline.rule, `intent to comply was already stated (${decision.intentStatedAt})`);
  assertReceivedNotInFuture(command.receivedAt, command.issuedAt);
  const how = requireText(command.how, rules.statement.deadline.rule, 'how');
  const afterNoticeOfIntent = open.stage === rules.stages.noticeOfIntent;
  const met = meetStatementDeadline(open, statementKinds(rules), command.receivedAt, afterNoticeOfIntent ? rules.noticeOfIntent.deadline.rule : rules.statement.deadline.rule);
  return [
    {
      type: 'ComplianceIntentStated',
      data: { caseId: command.caseId, rule: afterNoticeOfIntent ? rules.noticeOfIntent.deadline.rule : rules.statement.deadline.rule, stage: rules.stages.performance, how, receivedAt: command.receivedAt, afterNoticeOfIntent },
    },
    ...met,
    certificationDeadline(open, rules, command.calendar, decision.correctiveAction),
  ];
}

/** BBB-4.6.3: either Party claims the corrective action cannot be implemented; a claim is a statement under BBB-4.6.2/4.6.4. */
export function claimImpossibility(command: ClaimImpossibility, state: CaseState): CaseEvent[] {
  const { open, rules } = requireDecisionRules(state, command.caseId);
  const decision = requireCorrectiveDecision(open, rules.impossibilityRule, 'claiming impossibility');
  requireDecisionStage(open, [rules.stages.compliance, rules.stages.noticeOfIntent, rules.stages.performance], rules.impossibilityRule, 'a claim of impossibility');
  if (['claimed', 'evidence-sought'].includes(decision.impossibility?.status ?? '')) throw new RuleViolation('conflict', rules.impossibilityRule, 'a claim of impossibility is already before the Panelist');
  if (decision.certified) throw new RuleViolation('conflict', rules.impossibilityRule, 'the corrective action has already been certified as implemented');
  assertReceivedNotInFuture(command.receivedAt, command.issuedAt);
  const grounds = requireText(command.grounds, rules.impossibilityRule, 'grounds');
  const met = decision.intentStatedAt ? [] : meetStatementDeadline(open, statementKinds(rules), command.receivedAt, rules.statement.deadline.rule);
  return [{ type: 'ImpossibilityClaimed', data: { caseId: command.caseId, rule: rules.impossibilityRule, party: command.party, grounds, receivedAt: command.receivedAt } }, ...met];
}

function requireClaim(open: OpenCase, rules: DecisionRules, what: string) {
  const decision = requireCorrectiveDecision(open, rules.impossibilityRule, what);
  if (!['claimed', 'evidence-sought'].includes(decision.impossibility?.status ?? '')) throw new RuleViolation('conflict', rules.impossibilityRule, `${what}: no claim of impossibility is before the Panelist`);
  return decision;
}

/** BBB-4.6.3: the Panelist may seek evidence (or another hearing) before ruling on the claim. */
export function seekImpossibilityEvidence(command: SeekImpossibilityEvidence, state: CaseState): CaseEvent[] {
  const { open, rules } = requireDecisionRules(state, command.caseId);
  requireClaim(open, rules, 'seeking evidence');
  requireAppointedPanelist(open, command.panelistId, 'seeking evidence of impossibility');
  const requested = requireText(command.requested, rules.impossibilityRule, 'requested');
  return [{ type: 'ImpossibilityEvidenceSought', data: { caseId: command.caseId, rule: rules.impossibilityRule, panelistId: command.panelistId, requested, requestedAt: command.issuedAt } }];
}

/**
 * BBB-4.6.3: impossibility confirmed: the Decision is amended (a new time frame or another remedy within BBB-4.1) and
 * sent to the Parties; the pending periods move with it (the certification period follows the new time frame; without
 * a statement of intent yet, a new statement period runs after receipt of the amended Decision). Not confirmed: the
 * Decision stands; without a statement of intent yet, the statement period runs again from the ruling.
 */
export function ruleOnImpossibility(command: RuleOnImpossibility, state: CaseState): CaseEvent[] {
  const { open, rules } = requireDecisionRules(state, command.caseId);
  const decision = requireClaim(open, rules, 'ruling on impossibility');
  requireAppointedPanelist(open, command.panelistId, 'ruling on impossibility');
  const reason = requireText(command.reason, rules.impossibilityRule, 'reason');
  const pendingStatement = pendingDeadlines(open.deadlines).filter((d) => statementKinds(rules).includes(d.kind));
  const cancel = (kinds: readonly string[], why: string): DeadlineCancelled[] =>
    pendingDeadlines(open.deadlines)
      .filter((d) => kinds.includes(d.kind))
      .map((d) => ({ type: 'DeadlineCancelled', data: { caseId: open.caseId, deadlineId: d.deadlineId, reason: why } }));
  if (!command.confirmed) {
    if (command.amendment) throw new RuleViolation('unprocessable', rules.impossibilityRule, 'a rejected claim amends nothing', 'amendment');
    const rejected: CaseEvent = { type: 'ImpossibilityClaimRejected', data: { caseId: command.caseId, rule: rules.impossibilityRule, stage: decision.intentStatedAt ? open.stage : rules.stages.compliance, panelistId: command.panelistId, reason, rejectedAt: command.issuedAt } };
    const restart = decision.intentStatedAt || pendingStatement.length > 0 ? [] : [setDeadline(open, command.calendar, rules.statement.deadline, { event: 'ImpossibilityClaimRejected', at: command.issuedAt })];
    return [rejected, ...restart];
  }
  const amendment = validateCorrectiveAction(command.amendment, rulebookOf(open).hearing, rules, command.issuedAt, 'amendment');
  const amended: CaseEvent = {
    type: 'DecisionAmended',
    data: { caseId: command.caseId, rule: rules.impossibilityRule, stage: decision.intentStatedAt ? rules.stages.performance : rules.stages.compliance, panelistId: command.panelistId, correctiveAction: amendment, reason, amendedAt: command.issuedAt },
  };
  const sent = [notice(open, rules.amendedSent, 'complainant', command.issuedAt), notice(open, rules.amendedSent, 'respondent', command.issuedAt, 1)];
  if (decision.intentStatedAt) {
    const moved = cancel([rules.certification.deadline.kind], `Decision amended: new time frame (${rules.impossibilityRule})`);
    const afterCancel: OpenCase = { ...open, deadlines: Object.fromEntries(Object.entries(open.deadlines).map(([id, d]) => [id, moved.some((m) => m.data.deadlineId === id) ? { ...d, status: 'cancelled' as const } : d])) };
    return [amended, ...sent, ...moved, certificationDeadline(afterCancel, rules, command.calendar, amendment)];
  }
  // No statement of intent yet: the statement is made on the amended Decision, after its receipt.
  return [amended, ...sent, ...cancel(statementKinds(rules), `Decision amended: a statement on the amended Decision is awaited (${rules.impossibilityRule})`)];
}

/** BBB-5: the Respondent certifies implementation of the Decision's corrective action; this meets the certification period. */
export function certifyDecisionCorrectiveAction(command: CertifyDecisionCorrectiveAction, state: CaseState): CaseEvent[] {
  const { open, rules } = requireDecisionRules(state, command.caseId);
  const rule = rules.certification.deadline.rule;
  const decision = requireCorrectiveDecision(open, rule, 'certifying implementation');
  requireDecisionStage(open, [rules.stages.performance], rule, 'certifying implementation of the corrective action');
  if (decision.certified) throw new RuleViolation('conflict', rule, 'implementation has already been certified');
  const deadline = pendingDeadlines(open.deadlines).find((d) => d.kind === rules.certification.deadline.kind);
  if (!deadline) throw new RuleViolation('conflict', rule, 'no certification of implementation is awaited');
  const statement = requireText(command.statement, rule, 'statement');
  return [
    { type: 'DecisionCorrectiveActionCertified', data: { caseId: command.caseId, rule, deadlineId: deadline.deadlineId, statement, certifiedAt: command.issuedAt } },
    { type: 'DeadlineMet', data: { caseId: command.caseId, deadlineId: deadline.deadlineId, metAt: command.issuedAt } },
  ];
}

/** BBB-5, BBB-6 (7): the CBBB verified the corrective action the Respondent agreed to take; the Case closes. */
export function verifyDecisionCorrectiveAction(command: VerifyDecisionCorrectiveAction, state: CaseState): CaseEvent[] {
  const { open, rules } = requireDecisionRules(state, command.caseId);
  const rule = rules.certification.deadline.rule;
  const decision = requireCorrectiveDecision(open, rule, 'verifying corrective action');
  if (!decision.certified) throw new RuleViolation('conflict', rule, 'the Respondent has not certified implementation of the corrective action');
  const note = requireText(command.note, rule, 'note');
  return [
    { type: 'DecisionCorrectiveActionVerified', data: { caseId: command.caseId, rule, note, verifiedBy: command.actorId, verifiedAt: command.issuedAt } },
    ...closeCase(open, rules.closures.correctiveActionVerified, command.issuedAt),
  ];
}

/**
 * BBB-8.8 cure of BBB-4.6.4: the Respondent now agrees to the corrective action. BBB-5's certification period runs
 * from the time frame for performance, or from the cure when that time frame has already passed.
 */
export const noticeOfIntentCured: CureResumer = (open, _lapsed, cure) => {
  const rules = rulebookOf(open).decision;
  const action = open.decision?.correctiveAction;
  if (!rules || !action) return undefined;
  const fromCure = Date.parse(cure.receivedAt) > Date.parse(action.performBy);
  return {
    stage: rules.stages.performance,
    events: [
      {
        type: 'ComplianceIntentStated',
        data: { caseId: open.caseId, rule: rules.noticeOfIntent.deadline.rule, stage: rules.stages.performance, how: cure.actionTaken, receivedAt: cure.receivedAt, afterNoticeOfIntent: true },
      },
      setDeadline(open, cure.calendar, rules.certification.deadline, fromCure ? { event: 'ReferralCured', at: cure.receivedAt } : { event: 'DecisionTimeFrame', at: action.performBy }),
    ],
  };
};

/** BBB-8.8 cure of BBB-5 after a Decision: the corrective action is now taken, which stands as its certification; verification follows. */
export const decisionCertificationCured: CureResumer = (open, lapsed, cure) => {
  const rules = rulebookOf(open).decision;
  if (!rules || !open.decision?.correctiveAction) return undefined;
  return {
    stage: rules.stages.performance,
    events: [{ type: 'DecisionCorrectiveActionCertified', data: { caseId: open.caseId, rule: rules.certification.deadline.rule, deadlineId: lapsed.deadlineId, statement: cure.actionTaken, certifiedAt: cure.receivedAt } }],
  };
};
