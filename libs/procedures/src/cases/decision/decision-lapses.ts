import type { DeadlineState } from '../../deadlines/deadline.state';
import type { CaseEvent } from '../case.events';
import { rulebookOf } from '../case-guards';
import type { OpenCase } from '../case.state';
import type { ReferralDecisionRequired } from '../conciliation/conciliation.events';
import { notice } from '../effects/notices';
import { notedForReport } from '../effects/noted-for-report';

/**
 * What a lapse means after a Decision, by deadline kind:
 * - the Decision target (BBB-4.6.1): only a flag for monitoring;
 * - no statement within BBB-4.6.2's period: a Notice of Intent to the Respondent (BBB-4.6.4), its period runs after receipt;
 * - still no intent to comply: the Decision is to be made public and noted for the next report, and staff decide on referral (BBB-8.8);
 * - BBB-5 implementation not certified in time: noncompliance noted for the next report, and staff decide on referral.
 * Each matter the rulebook notes for the report is also a `NotedForReport` (`report.noted`), beside the event recording it.
 */
export function decisionLapse(state: OpenCase, lapsed: DeadlineState, at: string): CaseEvent[] {
  const rules = rulebookOf(state).decision;
  if (!rules) return [];
  const referral = (rule: string, reason: string): ReferralDecisionRequired => ({
    type: 'ReferralDecisionRequired',
    data: { caseId: state.caseId, rule, reason, deadlineId: lapsed.deadlineId, deadlineRule: lapsed.rule, stage: rules.stages.referral, requiredAt: at },
  });
  switch (lapsed.kind) {
    case rules.target.kind:
      return [{ type: 'DecisionTargetMissed', data: { caseId: state.caseId, rule: lapsed.rule, deadlineId: lapsed.deadlineId, dueAt: lapsed.dueAt, observedAt: at } }];
    case rules.statement.deadline.kind:
      return [
        { type: 'NoticeOfIntentIssued', data: { caseId: state.caseId, stage: rules.stages.noticeOfIntent, rule: rules.noticeOfIntent.notice.rule, recipient: 'respondent', lapsedDeadlineId: lapsed.deadlineId, sentAt: at } },
        notice(state, rules.noticeOfIntent.notice, 'respondent', at),
      ];
    case rules.noticeOfIntent.deadline.kind:
      return [
        {
          type: 'DecisionFlaggedForPublication',
          data: { caseId: state.caseId, rule: rules.noticeOfIntent.deadline.rule, publicationRule: rules.noticeOfIntent.publicationRule, report: 'next-procedure-report', deadlineId: lapsed.deadlineId, flaggedAt: at },
        },
        ...notedForReport(state, 'refused-corrective-action', at, lapsed.deadlineId),
        referral(rules.noticeOfIntent.referralRule, 'no-intent-to-comply-after-notice-of-intent'),
      ];
    case rules.certification.deadline.kind:
      return [
        { type: 'DecisionCorrectiveActionNotCertified', data: { caseId: state.caseId, rule: lapsed.rule, deadlineId: lapsed.deadlineId, dueAt: lapsed.dueAt, report: 'next-procedure-report', observedAt: at } },
        ...notedForReport(state, 'noncompliance', at, lapsed.deadlineId),
        referral(rules.certification.referralRule, 'decision-corrective-action-not-certified'),
      ];
    default:
      return [];
  }
}
