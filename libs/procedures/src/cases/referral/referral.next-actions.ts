import type { ReferralRules } from '../../rulebooks/referral-rules';
import { notReferredClosure, referralRequiredUnder, refusalsOf } from '../../rulebooks/referral-rules';
import type { OpenCase } from '../case.state';
import { latestDeadline } from '../effects/periods';
import type { NextAction, NextActionsOf } from '../next-actions/next-action';

/** BBB-8.8: on the referral work-queue the case waits for staff to refer or not. */
function referralDecision(open: OpenCase, rules: ReferralRules): NextAction[] {
  if (open.stage !== rules.decisionStage) return [];
  // Not referring closes the case: with the refusal to proceed's reason when one led here; or the case returns to
  // where the question arose (VS-13.1). A question a rule says shall be referred (VS-7.2) is not declined.
  const refer: NextAction = { command: 'DecideToRefer', by: 'administrator', rule: rules.rule, description: 'Decide to refer to a government agency: the Respondent is first notified and given time to cure', awaited: true };
  if (referralRequiredUnder(rules, open.referral?.arose?.rule)) return [refer];
  const closure = notReferredClosure(rules, open.referral?.refusal);
  const notReferred = closure ? closure.label : `the case returns to ${open.referral?.arose?.fromStage ?? 'where it was'}`;
  return [refer, { command: 'DecideNotToRefer', by: 'administrator', rule: rules.rule, description: `Decide not to refer: ${notReferred}`, awaited: true }];
}

/** BBB-8.8: the cure period runs from the Respondent's receipt of the notice, so its delivery is awaited. */
function noticeDelivery(open: OpenCase, rules: ReferralRules): NextAction[] {
  const referral = open.referral;
  if (open.stage !== rules.noticeStage || !referral?.decided || !referral.noticeSentAt || referral.noticeDeliveredAt) return [];
  return [{ command: 'RecordReferralNoticeDelivery', by: 'administrator', rule: rules.rule, description: "Record the Respondent's receipt of the referral notice", awaited: true }];
}

/** BBB-8.8: the Respondent may cure from the notice on; awaited while its cure period runs, refused once it has ended. */
function cure(open: OpenCase, rules: ReferralRules): NextAction[] {
  if (![rules.noticeStage, rules.cureStage].includes(open.stage)) return [];
  const period = latestDeadline(open, rules.cure.deadline.kind);
  if (period && period.status !== 'pending') return [];
  return [{ command: 'CureReferral', by: 'administrator', rule: rules.rule, description: "Record the Respondent's cure, with what it did", awaited: period !== undefined, ...(period ? { deadlineId: period.deadlineId } : {}) }];
}

/** BBB-4.3.1, BBB-8.4, BBB-6 (9)–(11): staff may refuse to proceed at any stage but while a referral is under way. */
function refusals(open: OpenCase, rules: ReferralRules): NextAction[] {
  if ([rules.decisionStage, rules.noticeStage, rules.cureStage].includes(open.stage)) return [];
  return refusalsOf(rules).map(({ reason, refusal }): NextAction => {
    const only = refusal.parties?.length === 1 ? refusal.parties[0] : undefined;
    return { command: 'RefuseToProceed', by: 'administrator', rule: refusal.rule, description: refusal.description ?? refusal.closure?.label ?? reason, awaited: false, about: { reason, ...(only ? { party: only } : {}) } };
  });
}

/** Referral to a government agency (BBB-8.8) and refusals to proceed; the cure period's lapse is the timer's, not listed. */
export const referralNextActions: NextActionsOf = (open, rulebook) => {
  const rules = rulebook.referral;
  if (!rules || open.status !== 'open') return [];
  return [...referralDecision(open, rules), ...noticeDelivery(open, rules), ...cure(open, rules), ...refusals(open, rules)];
};
