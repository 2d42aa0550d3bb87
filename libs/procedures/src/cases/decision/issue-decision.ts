import type { BusinessCalendar } from '@pdr/calendar';
import { RuleViolation } from '@pdr/event-sourcing';
import type { DeadlineEvent } from '../../deadlines/deadline.events';
import { periodHasEnded } from '../../deadlines/period-end';
import type { CaseEvent } from '../case.events';
import { rulebookOf } from '../case-guards';
import type { CaseState, OpenCase } from '../case.state';
import { latestDeadline, setDeadline } from '../effects/periods';
import { notice } from '../effects/notices';
import { closeCase } from '../effects/close-case';
import { deliveryOfNoticeThatSent, noticeThatSent, type SendingNotice } from '../effects/document-notice';
import { requireNoObjectionPending } from '../panel/objection-pending';
import { cancelProceedingsPeriods } from '../panelist-proceedings/decisions/information';
import type { DecisionRules } from '../../rulebooks/decision-rules';
import type { IssueDecision, MonitorDecisionTarget, RecordDecisionDelivery } from './decision.commands';
import type { DecisionDocument, DecisionIssued, DecisionTargetMissed } from './decision.events';
import { requireAppointedPanelist, requireCorrectiveDecision, requireDecisionRules, requireDecisionStage, validateCorrectiveAction } from './decision-support';

/** When the hearing procedure completed (the record went to the Panelist): the target's start. */
function hearingCompletedAt(open: OpenCase, rules: DecisionRules): string {
  const at = open.hearing?.recordSentAt;
  if (!at) throw new RuleViolation('conflict', rules.target.rule, 'the hearing procedure has not completed on this case');
  return at;
}

/** BBB-4.6.1: the 30-business-day target for the Decision, counted from the end of the hearing procedure; monitored only. */
export function monitorDecisionTarget(command: MonitorDecisionTarget, state: CaseState): CaseEvent[] {
  const { open, rules } = requireDecisionRules(state, command.caseId);
  requireDecisionStage(open, rules.targetStages, rules.target.rule, 'monitoring the Decision target');
  if (latestDeadline(open, rules.target.kind)) throw new RuleViolation('conflict', rules.target.rule, 'the Decision target is already monitored');
  return [setDeadline(open, command.calendar, rules.target, { event: 'HearingRecordSentToPanelist', at: hearingCompletedAt(open, rules) })];
}

/** The target meets the Decision: met in time, or flagged as missed (never a default). Set now if it was not monitored. */
function targetOutcome(open: OpenCase, rules: DecisionRules, calendar: BusinessCalendar, at: string): (DeadlineEvent | DecisionTargetMissed)[] {
  const existing = latestDeadline(open, rules.target.kind);
  if (existing && existing.status !== 'pending') return [];
  const set = existing ? undefined : setDeadline(open, calendar, rules.target, { event: 'HearingRecordSentToPanelist', at: hearingCompletedAt(open, rules) });
  const target = existing ?? { deadlineId: set!.data.deadlineId, dueAt: set!.data.dueAt, rule: set!.data.rule };
  const outcome: (DeadlineEvent | DecisionTargetMissed)[] =
    !periodHasEnded(target.dueAt, at)
      ? [{ type: 'DeadlineMet', data: { caseId: open.caseId, deadlineId: target.deadlineId, metAt: at } }]
      : [
          { type: 'DeadlineLapsed', data: { caseId: open.caseId, deadlineId: target.deadlineId, dueAt: target.dueAt, observedAt: at } },
          { type: 'DecisionTargetMissed', data: { caseId: open.caseId, rule: target.rule, deadlineId: target.deadlineId, dueAt: target.dueAt, observedAt: at } },
        ];
  return [...(set ? [set] : []), ...outcome];
}

/**
 * BBB-4.6.1: the Panelist's Decision holds findings, whether corrective action is necessary, and its time frame;
 * what it orders stays within BBB-4.1. Only the appointed Panelist issues it (BBB-4.5), and not while a Party's
 * objection to them awaits the CBBB's decision (BBB-4.2.1). The CBBB sends it to both
 * Parties. The Panelist's proceedings end with it: their running periods are cancelled (BBB-4.5.1). Without
 * corrective action the Case closes (BBB-6 (6)); with it, the Respondent's statement is awaited after receipt (BBB-4.6.2).
 */
export function issueDecision(command: IssueDecision, state: CaseState): CaseEvent[] {
  const { open, rules } = requireDecisionRules(state, command.caseId);
  requireAppointedPanelist(open, command.panelistId, 'issuing the Decision');
  requireDecisionStage(open, rules.issuableStages, rules.issueRule, 'issuing the Decision');
  if (open.decision) throw new RuleViolation('conflict', rules.issueRule, 'a Decision has already been issued on this case');
  requireNoObjectionPending(open, 'issuing the Decision');
  if (!command.findings?.trim()) throw new RuleViolation('unprocessable', rules.issueRule, 'the Decision holds findings', 'findings');
  const correctiveAction = command.correctiveActionNecessary ? validateCorrectiveAction(command.correctiveAction, rulebookOf(open).hearing, rules, command.issuedAt) : undefined;
  if (!command.correctiveActionNecessary && command.correctiveAction) {
    throw new RuleViolation('unprocessable', rules.issueRule, 'a Decision finding no corrective action necessary orders none', 'correctiveAction');
  }
  const issued: DecisionIssued = {
    type: 'DecisionIssued',
    data: {
      caseId: command.caseId,
      rule: rules.issueRule,
      stage: rules.stages.compliance,
      panelistId: command.panelistId,
      findings: command.findings,
      correctiveActionNecessary: command.correctiveActionNecessary,
      ...(correctiveAction ? { correctiveAction } : {}),
      issuedAt: command.issuedAt,
    },
  };
  const target = targetOutcome(open, rules, command.calendar, command.issuedAt);
  const proceedingsEnded = cancelProceedingsPeriods(open, `Decision issued (${rules.issueRule})`);
  const sent = [notice(open, rules.sent, 'complainant', command.issuedAt), notice(open, rules.sent, 'respondent', command.issuedAt, 1)];
  if (correctiveAction) return [issued, ...target, ...proceedingsEnded, ...sent];
  const cancelled = new Set(proceedingsEnded.map((event) => event.data.deadlineId));
  const deadlines = Object.fromEntries(Object.entries(open.deadlines).map(([id, d]) => [id, cancelled.has(id) ? { ...d, status: 'cancelled' as const } : d]));
  const afterNotices: OpenCase = { ...open, deadlines, noticesSent: open.noticesSent + 2 };
  return [issued, ...target, ...proceedingsEnded, ...sent, ...closeCase(afterNotices, rules.closures.withoutCorrectiveAction, command.issuedAt, latestDeadline(open, rules.target.kind)?.deadlineId)];
}

/** The notice that sends each document of the Decision phase to the Respondent (rulebook data; the latest of its kind to them). */
function sendingNotice(rules: DecisionRules, document: DecisionDocument): SendingNotice {
  const notice = document === 'decision' ? rules.sent : document === 'amended-decision' ? rules.amendedSent : rules.noticeOfIntent.notice;
  return { kind: notice.kind, recipient: 'respondent' };
}

const DOCUMENTS: readonly DecisionDocument[] = ['decision', 'amended-decision', 'notice-of-intent'];

/** The document of the Decision phase a notice sent to the Respondent whose receipt is not yet on record: recording the notice's delivery records it. */
export function decisionDocumentAwaitedBy(open: OpenCase, noticeId: string): DecisionDocument | undefined {
  const rules = rulebookOf(open).decision;
  const decision = open.decision;
  if (open.status !== 'open' || !rules || !decision?.correctiveActionNecessary || !decision.correctiveAction) return undefined;
  return DOCUMENTS.find((document) => decision.documents[document] && !decision.documents[document]!.deliveredAt && noticeThatSent(open, sendingNotice(rules, document)) === noticeId);
}

/**
 * The Decision, the amended Decision or the Notice of Intent reached the Respondent. BBB-4.6.2's statement (15
 * calendar days) and BBB-4.6.4's last period (5 business days) run after receipt, so they are set from here.
 * The document travelled as a notice: that notice is delivered with it, once, and not before it was sent (BBB-8.7).
 */
export function recordDecisionDelivery(command: RecordDecisionDelivery, state: CaseState): CaseEvent[] {
  const { open, rules } = requireDecisionRules(state, command.caseId);
  const deadline = command.document === 'notice-of-intent' ? rules.noticeOfIntent.deadline : rules.statement.deadline;
  const decision = requireCorrectiveDecision(open, deadline.rule, 'recording delivery');
  const sent = decision.documents[command.document];
  if (!sent) throw new RuleViolation('conflict', deadline.rule, `no ${command.document} has been sent on this case`, 'document');
  if (sent.deliveredAt) throw new RuleViolation('conflict', deadline.rule, `the ${command.document} was already delivered at ${sent.deliveredAt}`, 'document');
  if (Date.parse(command.deliveredAt) > Date.parse(command.issuedAt)) {
    throw new RuleViolation('unprocessable', 'RECEIPT-IN-FUTURE', `deliveredAt ${command.deliveredAt} is later than now (${command.issuedAt})`, 'deliveredAt');
  }
  const noticeDelivered = deliveryOfNoticeThatSent(open, sendingNotice(rules, command.document), command.deliveredAt);
  if (Date.parse(command.deliveredAt) < Date.parse(sent.sentAt)) {
    throw new RuleViolation('unprocessable', deadline.rule, `deliveredAt ${command.deliveredAt} is before the ${command.document} was sent (${sent.sentAt})`, 'deliveredAt');
  }
  const delivered: CaseEvent = { type: 'DecisionDocumentDelivered', data: { caseId: command.caseId, document: command.document, recipient: 'respondent', rule: deadline.rule, deliveredAt: command.deliveredAt } };
  const stage = command.document === 'notice-of-intent' ? rules.stages.noticeOfIntent : rules.stages.compliance;
  // A statement already made (or a claim awaiting the Panelist) needs no period; the delivery is still recorded.
  const awaiting = open.stage === stage && !decision.intentStatedAt && !['claimed', 'evidence-sought'].includes(decision.impossibility?.status ?? '');
  return awaiting ? [delivered, setDeadline(open, command.calendar, deadline, { event: 'DecisionDocumentDelivered', at: command.deliveredAt }), ...noticeDelivered] : [delivered, ...noticeDelivered];
}

