import type { RefusalReason } from '../../rulebooks/referral-rules';

/** A referral in progress (BBB-8.8) and any refusal to proceed that led to it. */
export interface ReferralState {
  readonly refusal?: RefusalReason;
  readonly decided?: { readonly agency: { readonly name: string }; readonly respondentName: string; readonly nature: string; readonly summary: string; readonly reason: string; readonly cureBusinessDays: number };
  readonly noticeSentAt?: string;
  readonly noticeDeliveredAt?: string;
  /**
   * Where the referral question arose: the deadline whose lapse raised it (none after a refusal), the stage then, and
   * the rule that raised it (VS-7.2 says the matter shall be referred; absent in a state folded before it was kept).
   */
  readonly arose?: { readonly deadlineId: string; readonly fromStage: string; readonly rule?: string };
}
