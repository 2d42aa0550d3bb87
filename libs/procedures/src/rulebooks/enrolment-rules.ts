import type { DeadlineRule, NoticeRule } from '../deadlines/deadline-rule';

/** One item of the privacy-policy review (CASRO-2): recorded with its finding and a note. */
export interface PolicyChecklistItem {
  readonly id: string;
  readonly description: string;
}

/**
 * How a business joins a programme, as data (CASRO-1 to CASRO-4): the application, the privacy-policy review as a
 * checklist, the signatures and the draft policy, acceptance with its notice, and self-certification with the
 * Department of Commerce within a period of acceptance, kept current by renewals.
 */
export interface EnrolmentRules {
  readonly application: { readonly rule: string };
  readonly policyReview: { readonly rule: string; readonly checklist: readonly PolicyChecklistItem[] };
  readonly agreements: { readonly rule: string; readonly signatures: readonly { readonly id: string; readonly name: string }[]; readonly draftPolicyRequired: boolean };
  readonly informationRequest: { readonly rule: string };
  readonly acceptance: { readonly rule: string; readonly notice: NoticeRule };
  readonly selfCertification: {
    readonly rule: string;
    /** Self-certify within this period of acceptance (30 calendar days). */
    readonly deadline: DeadlineRule;
    /** A certification is current for this long; renewal is due by its end. */
    readonly validFor: { readonly count: number; readonly unit: 'years' | 'months' | 'calendar-days' };
    /**
     * The deadline each framework's certification runs to (its renewal due date, `validFor` after certification or as
     * the Department of Commerce recorded it): it fires on its own, and a lapse ends good standing for that framework.
     */
    readonly expiry: { readonly kind: string; readonly rule: string };
    /** Certifications to one framework do not extend to another (the source text's known defect). */
    readonly frameworksSeparate: true;
  };
}
