import type { ReferralRules } from './referral-rules';

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
  referred: { closure: { reason: 'referred', rule: 'BBB-6', label: 'Referred to a government agency (BBB-8.8, BBB-6 (8))' }, reportRule: 'BBB-7.3' },
  notReferred: { closure: { reason: 'refused-party-conduct', rule: 'BBB-6', label: "Refusal to proceed for a Party's conduct: not referred (BBB-8.8, BBB-6 (11))" } },
  // BBB-6 (9)–(11): the closure reasons a refusal to proceed may have.
  refusalRule: 'BBB-6',
  refusals: {
    'breach-of-confidentiality': {
      rule: 'BBB-8.4',
      respondentMayBeReferred: true,
      closure: { reason: 'refused-breach-of-confidentiality', rule: 'BBB-6', label: 'Refusal to proceed for breach of confidentiality (BBB-8.4, BBB-6 (9))' },
    },
    'direct-contact-with-panelist': {
      rule: 'BBB-4.3.1',
      respondentMayBeReferred: true,
      closure: { reason: 'refused-direct-contact-with-panelist', rule: 'BBB-6', label: 'Refusal to proceed for direct contact with the Panelist (BBB-4.3.1, BBB-6 (10))' },
    },
    'party-conduct': {
      rule: 'BBB-6',
      respondentMayBeReferred: false,
      closure: { reason: 'refused-party-conduct', rule: 'BBB-6', label: "Refusal to proceed for a Party's conduct (BBB-6 (11))" },
    },
  },
};
