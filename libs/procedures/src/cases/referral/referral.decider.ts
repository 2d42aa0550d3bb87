import { RuleViolation } from '@pdr/event-sourcing';
import { periodHasEnded } from '../../deadlines/period-end';
import type { ReferralRules } from '../../rulebooks/referral-rules';
import { notReferredClosure, REFUSAL_REASONS, referralRequiredUnder, type RefusalRule } from '../../rulebooks/referral-rules';
import type { CaseEvent } from '../case.events';
import { requireOpenCase, rulebookOf } from '../case-guards';
import type { CaseState, OpenCase } from '../case.state';
import type { ReferralDecisionRequired } from '../conciliation/conciliation.events';
import { latestDeadline, requireText, setDeadline } from '../effects/periods';
import { notice } from '../effects/notices';
import { closeCase } from '../effects/close-case';
import { deliveryOfNoticeThatSent, noticeThatSent, type SendingNotice } from '../effects/document-notice';
import { resumeAfterCure } from '../cure-resumptions';
import type { CureReferral, DecideNotToRefer, DecideToRefer, RecordReferralNoticeDelivery, ReferralCommand, RefuseToProceed } from './referral.commands';

function requireReferralRules(state: CaseState, caseId: string): { open: OpenCase; rules: ReferralRules } {
  const open = requireOpenCase(state, caseId);
  const rules = rulebookOf(open).referral;
  if (!rules) throw new RuleViolation('conflict', 'REFERRAL-NOT-PROVIDED', `${open.rulebook.id} has no referral procedure`);
  return { open, rules };
}

function requireStage(open: OpenCase, stages: readonly string[], rule: string, what: string): void {
  if (!stages.includes(open.stage)) throw new RuleViolation('conflict', rule, `${what} is not possible while the case is in ${open.stage}`);
}

/** BBB-8.8: refer, after notifying the Respondent and giving it at least the minimum cure period. */
function decideToRefer(command: DecideToRefer, state: CaseState): CaseEvent[] {
  const { open, rules } = requireReferralRules(state, command.caseId);
  requireStage(open, [rules.decisionStage], rules.rule, 'a referral decision');
  const minimum = rules.cure.deadline.count;
  const cureBusinessDays = command.cureBusinessDays ?? minimum;
  if (!Number.isInteger(cureBusinessDays) || cureBusinessDays < minimum) {
    const cureRule = rules.cure.deadline.rule;
    throw new RuleViolation('unprocessable', cureRule, `before any referral the Respondent is given at least ${minimum} business days to cure (${cureRule}); ${cureBusinessDays} is too few`, 'cureBusinessDays');
  }
  const agency = { name: requireText(command.agency?.name, rules.rule, 'agency.name') };
  return [
    {
      type: 'ReferralDecided',
      data: {
        caseId: open.caseId, rule: rules.rule, agency,
        respondentName: requireText(command.respondentName, rules.referred.reportRule, 'respondentName'),
        nature: requireText(command.nature, rules.referred.reportRule, 'nature'),
        summary: requireText(command.summary, rules.referred.reportRule, 'summary'),
        reason: requireText(command.reason, rules.rule, 'reason'),
        cureBusinessDays, decidedBy: command.decidedBy, decidedAt: command.issuedAt,
      },
    },
    { type: 'ReferralNoticeIssued', data: { caseId: open.caseId, rule: rules.notice.rule, stage: rules.noticeStage, recipient: 'respondent', cureBusinessDays, sentAt: command.issuedAt } },
    notice(open, rules.notice, 'respondent', command.issuedAt),
  ];
}

/**
 * BBB-8.8 "may refer": not referring closes the case (a refusal to proceed keeps its own reason); where the text gives
 * not referring no outcome (VS-13.1) the case returns to the stage the question arose in. A question raised by a rule
 * that says the matter shall be referred (VS-7.2) is not declined.
 */
function decideNotToRefer(command: DecideNotToRefer, state: CaseState): CaseEvent[] {
  const { open, rules } = requireReferralRules(state, command.caseId);
  requireStage(open, [rules.decisionStage], rules.rule, 'a referral decision');
  const required = referralRequiredUnder(rules, open.referral?.arose?.rule);
  if (required) throw new RuleViolation('conflict', required, `${required} says the matter shall be referred (${rules.rule}): decide to refer, with the notice and cure period`);
  const reason = requireText(command.reason, rules.rule, 'reason');
  const declined = { caseId: open.caseId, rule: rules.rule, reason, decidedBy: command.decidedBy, decidedAt: command.issuedAt };
  const closure = notReferredClosure(rules, open.referral?.refusal);
  if (closure) return [{ type: 'ReferralDeclined', data: declined }, ...closeCase(open, closure, command.issuedAt)];
  return [{ type: 'ReferralDeclined', data: { ...declined, stage: open.referral?.arose?.fromStage ?? open.stage } }];
}

/** The referral notice travels as a notice to the Respondent (rulebook data; the latest of its kind to them). */
const sendingNotice = (rules: ReferralRules): SendingNotice => ({ kind: rules.notice.kind, recipient: 'respondent' });

/** Whether the notice is the referral notice whose receipt the referral awaits (its cure period not yet running): recording the notice's delivery records it. */
export function referralNoticeAwaitedBy(open: OpenCase, noticeId: string): boolean {
  const rules = rulebookOf(open).referral;
  if (open.status !== 'open' || !rules || open.stage !== rules.noticeStage) return false;
  if (!open.referral?.decided || !open.referral.noticeSentAt || open.referral.noticeDeliveredAt) return false;
  return noticeThatSent(open, sendingNotice(rules)) === noticeId;
}

/**
 * The notice reached the Respondent: the cure period (as decided, at least the minimum) runs from receipt.
 * It travelled as a notice: that notice is delivered with it, once, and not before it was sent (BBB-8.7).
 */
function recordNoticeDelivery(command: RecordReferralNoticeDelivery, state: CaseState): CaseEvent[] {
  const { open, rules } = requireReferralRules(state, command.caseId);
  const sentAt = open.referral?.noticeSentAt;
  if (!sentAt || !open.referral?.decided) throw new RuleViolation('conflict', rules.rule, 'no referral notice has been sent on this case', 'deliveredAt');
  if (open.referral.noticeDeliveredAt) throw new RuleViolation('conflict', rules.rule, `the referral notice was already delivered at ${open.referral.noticeDeliveredAt}`, 'deliveredAt');
  requireStage(open, [rules.noticeStage], rules.rule, 'recording the referral notice delivery');
  if (Date.parse(command.deliveredAt) > Date.parse(command.issuedAt)) throw new RuleViolation('unprocessable', 'RECEIPT-IN-FUTURE', `deliveredAt ${command.deliveredAt} is later than now (${command.issuedAt})`, 'deliveredAt');
  const noticeDelivered = deliveryOfNoticeThatSent(open, sendingNotice(rules), command.deliveredAt);
  if (Date.parse(command.deliveredAt) < Date.parse(sentAt)) throw new RuleViolation('unprocessable', rules.rule, `deliveredAt ${command.deliveredAt} is before the notice was sent (${sentAt})`, 'deliveredAt');
  return [
    { type: 'ReferralNoticeDelivered', data: { caseId: open.caseId, rule: rules.rule, stage: rules.cureStage, recipient: 'respondent', deliveredAt: command.deliveredAt } },
    setDeadline(open, command.calendar, { ...rules.cure.deadline, count: open.referral.decided.cureBusinessDays }, { event: 'ReferralNoticeDelivered', at: command.deliveredAt }),
    ...noticeDelivered,
  ];
}

/**
 * Cured within the period: the cure supplies the step whose lapse raised the question and the case resumes from
 * there (see cure-resumptions.ts). After a refusal to proceed the refusal stands: the case closes with it.
 */
function cureReferral(command: CureReferral, state: CaseState): CaseEvent[] {
  const { open, rules } = requireReferralRules(state, command.caseId);
  requireStage(open, [rules.noticeStage, rules.cureStage], rules.rule, 'a cure');
  const actionTaken = requireText(command.actionTaken, rules.rule, 'actionTaken');
  if (Date.parse(command.receivedAt) > Date.parse(command.issuedAt)) throw new RuleViolation('unprocessable', 'RECEIPT-IN-FUTURE', `receivedAt ${command.receivedAt} is later than now (${command.issuedAt})`, 'receivedAt');
  const deadline = latestDeadline(open, rules.cure.deadline.kind);
  if (deadline && (deadline.status !== 'pending' || periodHasEnded(deadline.dueAt, command.receivedAt))) {
    throw new RuleViolation('conflict', rules.cure.deadline.rule, `the cure period ended (due ${deadline.dueAt})`, 'receivedAt');
  }
  const met: CaseEvent[] = deadline ? [{ type: 'DeadlineMet', data: { caseId: open.caseId, deadlineId: deadline.deadlineId, metAt: command.receivedAt } }] : [];
  const refusal = open.referral?.refusal;
  const refusalClosure = refusal ? rules.refusals[refusal]?.closure : undefined;
  if (refusalClosure) {
    const cured: CaseEvent = { type: 'ReferralCured', data: { caseId: open.caseId, rule: rules.rule, stage: rules.decisionStage, actionTaken, curedAt: command.receivedAt } };
    return [cured, ...met, ...closeCase(open, refusalClosure, command.issuedAt, deadline?.deadlineId)];
  }
  const resumed = resumeAfterCure(open, { receivedAt: command.receivedAt, actionTaken, at: command.issuedAt, calendar: command.calendar });
  return [{ type: 'ReferralCured', data: { caseId: open.caseId, rule: rules.rule, stage: resumed.stage, actionTaken, curedAt: command.receivedAt } }, ...met, ...resumed.events];
}

/**
 * BBB-4.3.1, BBB-8.4, BBB-6 (9)–(11): refuse to proceed; a violating Respondent may go to the referral decision instead.
 * A refusal the rules give no closure (VS-13.1 (1): the Participant refuses to comply with the procedure) always goes to
 * the referral decision.
 */
function refuseToProceed(command: RefuseToProceed, state: CaseState): CaseEvent[] {
  const { open, rules } = requireReferralRules(state, command.caseId);
  const refusal = REFUSAL_REASONS.includes(command.reason) ? rules.refusals[command.reason] : undefined;
  if (!refusal) throw new RuleViolation('unprocessable', rules.refusalRule, `unknown refusal reason ${command.reason}`, 'reason');
  if ([rules.decisionStage, rules.noticeStage, rules.cureStage].includes(open.stage)) {
    throw new RuleViolation('conflict', rules.rule, `a referral is already under way (${open.stage})`);
  }
  if (refusal.parties && !refusal.parties.includes(command.party)) {
    throw new RuleViolation('unprocessable', refusal.rule, `${command.reason} is the ${refusal.parties.join(' or ')}'s (${refusal.rule})`, 'party');
  }
  const details = requireText(command.details, refusal.rule, 'details');
  if (!refusal.closure && command.considerReferral === false) {
    throw new RuleViolation('unprocessable', refusal.rule, `${command.reason} closes nothing itself: it raises the referral question (${refusal.rule})`, 'considerReferral');
  }
  const considerReferral = command.considerReferral === true || !refusal.closure;
  if (considerReferral && !(refusal.respondentMayBeReferred && command.party === 'respondent')) {
    const referable = Object.values(rules.refusals).filter((r): r is RefusalRule => r !== undefined && r.respondentMayBeReferred).map((r) => r.rule);
    throw new RuleViolation('unprocessable', refusal.rule, `only a Respondent violating ${referable.join(' or ')} may be referred`, 'considerReferral');
  }
  const refused: CaseEvent = {
    type: 'RefusedToProceed',
    data: { caseId: open.caseId, rule: refusal.rule, reason: command.reason, party: command.party, details, referralConsidered: considerReferral, decidedBy: command.decidedBy, refusedAt: command.issuedAt },
  };
  if (!considerReferral && refusal.closure) return [refused, ...closeCase(open, refusal.closure, command.issuedAt)];
  const referral: ReferralDecisionRequired = {
    type: 'ReferralDecisionRequired',
    data: { caseId: open.caseId, rule: rules.rule, reason: command.reason, deadlineId: '', deadlineRule: refusal.rule, stage: rules.decisionStage, requiredAt: command.issuedAt },
  };
  return [refused, referral];
}

/** Referral to a government agency (BBB-8.8) and refusals to proceed (BBB-4.3.1, BBB-8.4, BBB-6). */
export function decideReferral(command: ReferralCommand, state: CaseState): CaseEvent[] {
  switch (command.kind) {
    case 'DecideToRefer':
      return decideToRefer(command, state);
    case 'DecideNotToRefer':
      return decideNotToRefer(command, state);
    case 'RecordReferralNoticeDelivery':
      return recordNoticeDelivery(command, state);
    case 'CureReferral':
      return cureReferral(command, state);
    case 'RefuseToProceed':
      return refuseToProceed(command, state);
  }
}
