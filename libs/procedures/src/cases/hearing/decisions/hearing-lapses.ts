import type { DeadlineState } from '../../../deadlines/deadline.state';
import type { CaseEvent } from '../../case.events';
import { rulebookOf } from '../../case-guards';
import type { OpenCase } from '../../case.state';
import type { ReferralDecisionRequired } from '../../conciliation/conciliation.events';
import { closeCase } from '../../effects/close-case';
import { notedForReport } from '../../effects/noted-for-report';
import { noticeToComplainant } from '../../effects/notices';
import { notice } from './hearing-support';

/**
 * What silence means in the written phase, by deadline kind:
 * - no Position in time (BBB-4.4): the Complainant is told and the case closes;
 * - no Rebuttal in time (BBB-4.4.1): a written default notice to the Respondent; its period runs once its receipt is recorded;
 * - still none after the default notice: the default is noted for the next Procedure report (`RespondentDefaultNoted`, and
 *   `NotedForReport` when the rulebook notes defaults) and staff must decide on referral (BBB-8.8);
 * - no reply (BBB-4.4.2) or no response (BBB-4.4.3): not a default: the record goes to the Panelist.
 */
export function hearingLapse(state: OpenCase, lapsed: DeadlineState, at: string): CaseEvent[] {
  const rules = rulebookOf(state).hearing;
  if (!rules) return [];
  switch (lapsed.kind) {
    case rules.position.deadline.kind:
      return [noticeToComplainant(state, rules.position.onLapse.notice, at), ...closeCase(state, rules.position.onLapse.closure, at, lapsed.deadlineId)];
    case rules.rebuttal.deadline.kind:
      return [
        { type: 'DefaultNoticeIssued', data: { caseId: state.caseId, stage: rules.stages.default, rule: rules.default.notice.rule, recipient: 'respondent', lapsedDeadlineId: lapsed.deadlineId, sentAt: at } },
        notice(state, rules.default.notice, 'respondent', at),
      ];
    case rules.default.deadline.kind: {
      const referral: ReferralDecisionRequired = {
        type: 'ReferralDecisionRequired',
        data: {
          caseId: state.caseId,
          rule: rules.default.referralRule,
          reason: 'rebuttal-not-filed-after-default-notice',
          deadlineId: lapsed.deadlineId,
          deadlineRule: lapsed.rule,
          stage: rules.stages.referral,
          requiredAt: at,
        },
      };
      return [
        { type: 'RespondentDefaultNoted', data: { caseId: state.caseId, rule: rules.default.deadline.rule, report: 'next-procedure-report', deadlineId: lapsed.deadlineId, notedAt: at } },
        ...notedForReport(state, 'respondent-default', at, lapsed.deadlineId),
        referral,
      ];
    }
    case rules.reply.deadline.kind:
      return [{ type: 'HearingRecordSentToPanelist', data: { caseId: state.caseId, stage: rules.stages.panelist, rule: rules.reply.deadline.rule, reason: 'no-reply', sentAt: at } }];
    case rules.response.deadline.kind:
      return [{ type: 'HearingRecordSentToPanelist', data: { caseId: state.caseId, stage: rules.stages.panelist, rule: rules.response.deadline.rule, reason: 'response-period-ended', sentAt: at } }];
    default:
      return [];
  }
}
