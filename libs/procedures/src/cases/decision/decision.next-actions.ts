import { pendingObjectionTo } from '../panel/panel.state';
import { pendingDeadlines, type DeadlineState } from '../../deadlines/deadline.state';
import type { DecisionRules } from '../../rulebooks/decision-rules';
import type { Rulebook } from '../../rulebooks/rulebook';
import type { OpenCase } from '../case.state';
import { latestDeadline } from '../effects/periods';
import type { NextAction, NextActionsOf } from '../next-actions/next-action';
import type { DecisionDocument } from './decision.events';
import type { DecisionState } from './decision.state';

const DOCUMENT_NAMES: Readonly<Record<DecisionDocument, string>> = { decision: 'Decision', 'amended-decision': 'amended Decision', 'notice-of-intent': 'Notice of Intent' };

const deadlineOf = (deadline: DeadlineState | undefined) => (deadline ? { deadlineId: deadline.deadlineId } : {});

/** A claim of impossibility waiting for the Panelist's ruling (BBB-4.6.3). */
const claimPending = (decision: DecisionState) => ['claimed', 'evidence-sought'].includes(decision.impossibility?.status ?? '');

/** The statement period running now, BBB-4.6.2's or BBB-4.6.4's (the one a statement or a claim meets). */
function runningStatementPeriod(open: OpenCase, rules: DecisionRules): DeadlineState | undefined {
  return [rules.statement.deadline.kind, rules.noticeOfIntent.deadline.kind].map((kind) => latestDeadline(open, kind)).find((deadline) => deadline?.status === 'pending');
}

/**
 * BBB-4.6.1: before the Decision, the Panelist issues it and staff may monitor its target. Both count the target from
 * the end of the hearing procedure when none is monitored yet, so they need that end recorded. Under a rulebook with
 * Panelist appointment, the Decision is the appointed Panelist's (BBB-4.5): offered to them, and only once appointed.
 */
function beforeDecision(open: OpenCase, rules: DecisionRules, rulebook: Rulebook): NextAction[] {
  if (open.decision) return [];
  const target = latestDeadline(open, rules.target.kind);
  if (!target && !open.hearing?.recordSentAt) return [];
  const actions: NextAction[] = [];
  const panelistId = open.panel?.panelistId;
  if (rules.issuableStages.includes(open.stage) && (!rulebook.panel || (panelistId && !pendingObjectionTo(open.panel, panelistId)))) {
    actions.push({
      command: 'IssueDecision', by: 'panelist', rule: rules.issueRule, description: 'Issue the Decision: findings, whether corrective action is necessary, and its time frame', awaited: true,
      ...deadlineOf(target?.status === 'pending' ? target : undefined), ...(rulebook.panel && panelistId ? { about: { panelistId } } : {}),
    });
  }
  if (!target && rules.targetStages.includes(open.stage)) {
    actions.push({ command: 'MonitorDecisionTarget', by: 'administrator', rule: rules.target.rule, description: 'Monitor the target for sending the Decision', awaited: false });
  }
  return actions;
}

/** Each document sent and not yet received by the Respondent; its receipt starts the statement (or last) period unless one is no longer needed. */
function deliveries(open: OpenCase, rules: DecisionRules, decision: DecisionState): NextAction[] {
  return (Object.keys(decision.documents) as DecisionDocument[])
    .filter((document) => !decision.documents[document]?.deliveredAt)
    .map((document): NextAction => {
      const afterNotice = document === 'notice-of-intent';
      const stage = afterNotice ? rules.stages.noticeOfIntent : rules.stages.compliance;
      const startsPeriod = open.stage === stage && !decision.intentStatedAt && !claimPending(decision);
      return {
        command: 'RecordDecisionDelivery', by: 'administrator', rule: afterNotice ? rules.noticeOfIntent.deadline.rule : rules.statement.deadline.rule,
        description: `Record the Respondent's receipt of the ${DOCUMENT_NAMES[document]}`, awaited: startsPeriod, about: { document },
      };
    });
}

/** BBB-4.6.2 / BBB-4.6.4: the Respondent states that, and how, it will comply; not awaited while a claim is before the Panelist. */
function statement(open: OpenCase, rules: DecisionRules, decision: DecisionState): NextAction[] {
  const afterNotice = open.stage === rules.stages.noticeOfIntent;
  if (decision.intentStatedAt || !(afterNotice || open.stage === rules.stages.compliance)) return [];
  return [{
    command: 'StateComplianceIntent', by: 'respondent', rule: afterNotice ? rules.noticeOfIntent.deadline.rule : rules.statement.deadline.rule,
    description: 'The Respondent states whether and how it will comply within the time frame', awaited: !claimPending(decision), ...deadlineOf(runningStatementPeriod(open, rules)),
  }];
}

/** BBB-4.6.3: either Party may claim the corrective action cannot be implemented, until it is certified; a claim counts as the statement. */
function impossibility(open: OpenCase, rules: DecisionRules, decision: DecisionState): NextAction[] {
  if (claimPending(decision)) {
    return [
      { command: 'RuleOnImpossibility', by: 'panelist', rule: rules.impossibilityRule, description: 'Rule on the claim of impossibility: amend the Decision or let it stand', awaited: true },
      { command: 'SeekImpossibilityEvidence', by: 'panelist', rule: rules.impossibilityRule, description: 'Seek evidence (or another hearing) on the claim of impossibility', awaited: false },
    ];
  }
  const { compliance, noticeOfIntent, performance } = rules.stages;
  if (decision.certified || ![compliance, noticeOfIntent, performance].includes(open.stage)) return [];
  // The Respondent claims through the API itself; the Complainant's claim reaches the CBBB, whose staff record it.
  const deadline = deadlineOf(decision.intentStatedAt ? undefined : runningStatementPeriod(open, rules));
  return (['respondent', 'complainant'] as const).map((party): NextAction => ({
    command: 'ClaimImpossibility', by: party === 'respondent' ? 'respondent' : 'administrator', rule: rules.impossibilityRule,
    description: `The ${party} claims the corrective action cannot be implemented`, awaited: false, ...deadline, about: { party },
  }));
}

/** BBB-5: certification within its period after the time frame, then the CBBB's verification, which closes the Case (BBB-6 (7)). */
function performance(open: OpenCase, rules: DecisionRules, decision: DecisionState): NextAction[] {
  const rule = rules.certification.deadline.rule;
  if (decision.certified) return [{ command: 'VerifyDecisionCorrectiveAction', by: 'administrator', rule, description: 'Verify the corrective action; the Case closes', awaited: true }];
  const period = pendingDeadlines(open.deadlines).find((deadline) => deadline.kind === rules.certification.deadline.kind);
  if (open.stage !== rules.stages.performance || !period) return [];
  return [{ command: 'CertifyDecisionCorrectiveAction', by: 'respondent', rule, description: 'The Respondent certifies it implemented the corrective action', awaited: true, deadlineId: period.deadlineId }];
}

/** After a Decision ordering corrective action: what BBB-4.6.2 to BBB-4.6.4 and BBB-5 allow. */
function afterDecision(open: OpenCase, rules: DecisionRules): NextAction[] {
  const decision = open.decision;
  if (!decision?.correctiveActionNecessary || !decision.correctiveAction) return [];
  return [...deliveries(open, rules, decision), ...statement(open, rules, decision), ...impossibility(open, rules, decision), ...performance(open, rules, decision)];
}

/** The Decision and what follows it (BBB-4.6.1 to BBB-4.6.4, BBB-5); the Decision target's lapse is the timer's, not listed. */
export const decisionNextActions: NextActionsOf = (open, rulebook) => {
  const rules = rulebook.decision;
  if (!rules || open.status !== 'open') return [];
  return [...beforeDecision(open, rules, rulebook), ...afterDecision(open, rules)];
};
