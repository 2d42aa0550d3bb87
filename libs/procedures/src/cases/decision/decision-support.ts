import { RuleViolation } from '@pdr/event-sourcing';
import type { DeadlineMet } from '../../deadlines/deadline.events';
import { periodHasEnded } from '../../deadlines/period-end';
import type { DecisionRules } from '../../rulebooks/decision-rules';
import type { HearingRules } from '../../rulebooks/hearing-rules';
import { requireOpenCase, rulebookOf } from '../case-guards';
import type { CaseState, OpenCase } from '../case.state';
import { latestDeadline } from '../effects/periods';
import type { DecisionState } from './decision.state';
import type { DecisionCorrectiveAction } from './decision.events';

/** The open case and its rulebook's Decision rules: a rulebook without them refuses every Decision command. */
export function requireDecisionRules(state: CaseState, caseId: string): { open: OpenCase; rules: DecisionRules } {
  const open = requireOpenCase(state, caseId);
  const rules = rulebookOf(open).decision;
  if (!rules) throw new RuleViolation('conflict', 'DECISION-NOT-PROVIDED', `${open.rulebook.id} has no Decision procedure`);
  return { open, rules };
}

/** The issued Decision with corrective action: what BBB-4.6.2 to BBB-4.6.4 and BBB-5 act on. */
export function requireCorrectiveDecision(open: OpenCase, rule: string, what: string): DecisionState & { correctiveAction: DecisionCorrectiveAction } {
  const decision = open.decision;
  if (!decision) throw new RuleViolation('conflict', rule, `${what}: no Decision has been issued on this case`);
  if (!decision.correctiveActionNecessary || !decision.correctiveAction) throw new RuleViolation('conflict', rule, `${what}: the Decision orders no corrective action`);
  return decision as DecisionState & { correctiveAction: DecisionCorrectiveAction };
}

/**
 * BBB-4.5: under a rulebook with Panelist appointment, the Decision (and what only its author may do) is the appointed
 * Panelist's: with no Panelist appointed, or another named, it is refused (409, field panelistId). A rulebook without
 * panel rules names no one to check against.
 */
export function requireAppointedPanelist(open: OpenCase, panelistId: string, what: string): void {
  const panel = rulebookOf(open).panel;
  if (!panel) return;
  const appointed = open.panel?.panelistId;
  if (!appointed) throw new RuleViolation('conflict', panel.appointmentRule, `${what}: no Panelist is appointed on this case`, 'panelistId');
  if (appointed !== panelistId) throw new RuleViolation('conflict', panel.appointmentRule, `${what}: ${panelistId} is not the Panelist appointed on this case`, 'panelistId');
}

export function requireDecisionStage(open: OpenCase, stages: readonly string[], rule: string, what: string): void {
  if (!stages.includes(open.stage)) throw new RuleViolation('conflict', rule, `${what} happens in ${stages.join(' or ')}; the case is in ${open.stage}`);
}

/**
 * BBB-4.1: a Decision orders only the remedies the rulebook lists; monetary damages, or an action that would violate
 * the Respondent's legal obligations, are refused (422). The time frame must be a time after the Decision.
 */
export function validateCorrectiveAction(action: DecisionCorrectiveAction | undefined, hearing: HearingRules | undefined, rules: DecisionRules, at: string, field = 'correctiveAction'): DecisionCorrectiveAction {
  if (!action) throw new RuleViolation('unprocessable', rules.issueRule, 'a Decision that finds corrective action necessary states it, with its remedies and time frame', field);
  if (!action.description?.trim()) throw new RuleViolation('unprocessable', rules.issueRule, 'the corrective action is described', `${field}.description`);
  if (action.remedies.length === 0) throw new RuleViolation('unprocessable', rules.remedyRule, 'the corrective action names the remedies ordered', `${field}.remedies`);
  action.remedies.forEach((remedy) => {
    const refused = hearing?.refusedRemedies.find((candidate) => candidate.kind === remedy.kind);
    if (refused) throw new RuleViolation('unprocessable', rules.remedyRule, `"${remedy.kind}" may not be ordered: ${refused.description}`, `${field}.remedies`);
    if (!hearing?.remedies.some((candidate) => candidate.kind === remedy.kind)) {
      throw new RuleViolation('unprocessable', rules.remedyRule, `unknown remedy "${remedy.kind}": one of ${(hearing?.remedies ?? []).map((r) => r.kind).join(', ')}`, `${field}.remedies`);
    }
  });
  if (Number.isNaN(Date.parse(action.performBy)) || Date.parse(action.performBy) <= Date.parse(at)) {
    throw new RuleViolation('unprocessable', rules.issueRule, `the time frame (performBy ${action.performBy}) must be a time after the Decision`, `${field}.performBy`);
  }
  return {
    description: action.description,
    remedies: action.remedies.map((remedy) => ({ kind: remedy.kind, ...(remedy.details ? { details: remedy.details } : {}) })),
    performBy: new Date(Date.parse(action.performBy)).toISOString(),
  };
}

/** The pending deadline of one of these kinds, met by a statement received at `receivedAt` (refused once its period ended). */
export function meetStatementDeadline(open: OpenCase, kinds: readonly string[], receivedAt: string, rule: string): DeadlineMet[] {
  const pending = kinds.map((kind) => latestDeadline(open, kind)).find((deadline) => deadline?.status === 'pending');
  if (!pending) return [];
  if (periodHasEnded(pending.dueAt, receivedAt)) {
    throw new RuleViolation('conflict', rule, `received after its time limit (${pending.rule}, due ${pending.dueAt})`, 'receivedAt');
  }
  return [{ type: 'DeadlineMet', data: { caseId: open.caseId, deadlineId: pending.deadlineId, metAt: receivedAt } }];
}
