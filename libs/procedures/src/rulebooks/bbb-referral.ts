import type { ReferralRules } from './referral-rules';
import { BBB_OUTCOMES } from './bbb-outcomes';

/** BBB-8.8 referral with its notice and cure period; BBB-7.3 report; BBB-6 (8)–(11). */
export const BBB_REFERRAL: ReferralRules = {
  rule: 'BBB-8.8',
  decisionStage: 'referral-decision',
  noticeStage: 'referral-notice',
  cureStage: 'referral-cure',
  notice: { kind: 'referral-notice', rule: 'BBB-8.8' },
  cure: {
    deadline: { kind: 'referral-cure', rule: 'BBB-8.8', count: 10, unit: 'business-days' },
  },
  referred: { closure: BBB_OUTCOMES.referred, reportRule: 'BBB-7.3' },
  notReferred: { closure: BBB_OUTCOMES.refusedPartyConduct.variants.notReferred },
  // BBB-6 (9)–(11): the closure reasons a refusal to proceed may have.
  refusalRule: 'BBB-6',
  refusals: {
    'breach-of-confidentiality': {
      rule: 'BBB-8.4',
      respondentMayBeReferred: true,
      closure: BBB_OUTCOMES.refusedBreachOfConfidentiality,
    },
    'direct-contact-with-panelist': {
      rule: 'BBB-4.3.1',
      respondentMayBeReferred: true,
      closure: BBB_OUTCOMES.refusedDirectContactWithPanelist,
    },
    'party-conduct': {
      rule: 'BBB-6',
      respondentMayBeReferred: false,
      closure: BBB_OUTCOMES.refusedPartyConduct,
    },
  },
};
