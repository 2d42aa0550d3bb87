import type { DeadlineState } from '../../deadlines/deadline.state';
import type { CaseEvent } from '../case.events';
import { rulebookOf } from '../case-guards';
import type { OpenCase } from '../case.state';
import { closeCase } from '../effects/close-case';
import { notice } from '../effects/notices';

/**
 * BBB-8.8 and BBB-7.3: no cure in time: the matter is referred, kept for the report, and the case closes (BBB-6 (8));
 * VS-13.3, VS-13.4: the same, with a notice to each Party the rules name.
 */
export function referralCureLapsed(state: OpenCase, lapsed: DeadlineState, at: string): CaseEvent[] {
  const rules = rulebookOf(state).referral;
  const decided = state.referral?.decided;
  if (!rules || !decided) return [];
  return [
    {
      type: 'ReferralMade',
      data: {
        caseId: state.caseId, rule: rules.rule, reportRule: rules.referred.reportRule, agency: decided.agency,
        respondent: { name: decided.respondentName, ...(state.respondentBusinessId ? { businessId: state.respondentBusinessId } : {}) },
        summary: decided.summary, nature: decided.nature,
        actionTaken: `Referred to ${decided.agency.name}: ${decided.reason}; not cured within ${decided.cureBusinessDays} business days of receipt of the notice (${rules.rule})`,
        referredAt: at,
      },
    },
    ...(rules.referred.notify?.recipients ?? []).map((recipient, index) => notice(state, rules.referred.notify!.notice, recipient, at, index)),
    ...closeCase(state, rules.referred.closure, at, lapsed.deadlineId),
  ];
}
