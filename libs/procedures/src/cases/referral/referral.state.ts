import type { RefusalReason } from '../../rulebooks/referral-rules';
import type { OpenCase } from '../case.state';
import type { ReferralDecisionRequired } from '../conciliation/conciliation.events';
import type { ReferralEvent } from './referral.events';

/** A referral in progress (BBB-8.8) and any refusal to proceed that led to it. */
export interface ReferralState {
  readonly refusal?: RefusalReason;
  readonly decided?: { readonly agency: { readonly name: string }; readonly respondentName: string; readonly nature: string; readonly summary: string; readonly reason: string; readonly cureBusinessDays: number };
  readonly noticeSentAt?: string;
  readonly noticeDeliveredAt?: string;
  /** Where the referral question arose: the deadline whose lapse raised it (none after a refusal) and the stage then. */
  readonly arose?: { readonly deadlineId: string; readonly fromStage: string };
}

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
    default:
      return referral;
  }
}

/** Folds a referral event into the case: the stage it names, and the referral slice. */
export function evolveReferral(state: OpenCase, event: ReferralEvent): OpenCase {
  const referral = evolveSlice(state.referral, event);
  const stage = 'stage' in event.data ? event.data.stage : state.stage;
  return { ...state, stage, ...(referral ? { referral } : {}) };
}

/** A referral question arose (BBB-8.8): a fresh referral, keeping a refusal to proceed that raised it. */
export function referralQuestionArose(state: OpenCase, event: ReferralDecisionRequired): OpenCase {
  const refusal = state.referral?.refusal;
  return { ...state, referral: { ...(refusal ? { refusal } : {}), arose: { deadlineId: event.data.deadlineId, fromStage: state.stage } } };
}
