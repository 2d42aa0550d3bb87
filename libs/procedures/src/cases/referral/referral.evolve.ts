import type { OpenCase } from '../case.state';
import type { ReferralDecisionRequired } from '../conciliation/conciliation.events';
import type { ReferralEvent } from './referral.events';
import type { ReferralState } from './referral.state';

// Apart from referral.state.ts, which case.state.ts imports: folding into the case needs OpenCase, and the two would import each other (issue 10).

function evolveSlice(referral: ReferralState | undefined, event: ReferralEvent): ReferralState | undefined {
  const current = referral ?? {};
  switch (event.type) {
    case 'RefusedToProceed':
      return { ...current, refusal: event.data.reason };
    case 'ReferralDecided': {
      const { agency, respondentName, nature, summary, reason, cureBusinessDays } = event.data;
      return { ...current, decided: { agency, respondentName, nature, summary, reason, cureBusinessDays } };
    }
    case 'ReferralNoticeIssued':
      return { ...current, noticeSentAt: event.data.sentAt };
    case 'ReferralNoticeDelivered':
      return { ...current, noticeDeliveredAt: event.data.deliveredAt };
    // Cured: this referral is over; a later question starts afresh.
    case 'ReferralCured':
      return {};
    // Not referred and back where the question arose (VS-13.1): over too. Not referred and closed: kept as it was.
    case 'ReferralDeclined':
      return event.data.stage === undefined ? referral : {};
    default:
      return referral;
  }
}

/** Folds a referral event into the case: the stage it names, and the referral slice. */
export function evolveReferral(state: OpenCase, event: ReferralEvent): OpenCase {
  const referral = evolveSlice(state.referral, event);
  const stage = 'stage' in event.data && event.data.stage !== undefined ? event.data.stage : state.stage;
  return { ...state, stage, ...(referral ? { referral } : {}) };
}

/** A referral question arose (BBB-8.8): a fresh referral, keeping a refusal to proceed that raised it. */
export function referralQuestionArose(state: OpenCase, event: ReferralDecisionRequired): OpenCase {
  const refusal = state.referral?.refusal;
  return { ...state, referral: { ...(refusal ? { refusal } : {}), arose: { deadlineId: event.data.deadlineId, fromStage: state.stage, rule: event.data.rule } } };
}
