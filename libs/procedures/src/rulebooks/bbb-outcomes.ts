import type { OutcomeCatalogue } from './outcome-rules';

/**
 * BBB-6: a Case closes for exactly one of eleven reasons, one entry each. Reasons, rules and labels are those stored in
 * CaseClosed events since version 1: never edit them in place. BBB-6 gives no appeal of a closure.
 */
export const BBB_OUTCOMES = {
  notEligible: { reason: 'not-eligible', rule: 'BBB-6', label: 'Not eligible (BBB-2.4c)' },
  informationNotReceived: { reason: 'requested-information-not-received', rule: 'BBB-6', label: 'Requested information not received (BBB-2.4b)' },
  withdrawn: { reason: 'withdrawn', rule: 'BBB-6', label: 'Withdrawn by the Complainant' },
  settlementCorrectiveActionVerified: { reason: 'settlement-corrective-action-verified', rule: 'BBB-6', label: 'Settlement with corrective action, action verified (BBB-5)' },
  settlementWithoutCorrectiveAction: { reason: 'settlement-without-corrective-action', rule: 'BBB-6', label: 'Settlement without corrective action (BBB-3.4)' },
  decisionWithoutCorrectiveAction: { reason: 'decision-without-corrective-action', rule: 'BBB-6', label: 'Decision without corrective action (BBB-6 (6))' },
  decisionCorrectiveActionVerified: { reason: 'decision-corrective-action-verified', rule: 'BBB-6', label: 'Decision with corrective action, agreed and verified (BBB-6 (7))' },
  referred: { reason: 'referred', rule: 'BBB-6', label: 'Referred to a government agency (BBB-8.8, BBB-6 (8))' },
  refusedBreachOfConfidentiality: { reason: 'refused-breach-of-confidentiality', rule: 'BBB-6', label: 'Refusal to proceed for breach of confidentiality (BBB-8.4, BBB-6 (9))' },
  refusedDirectContactWithPanelist: { reason: 'refused-direct-contact-with-panelist', rule: 'BBB-6', label: 'Refusal to proceed for direct contact with the Panelist (BBB-4.3.1, BBB-6 (10))' },
  refusedPartyConduct: {
    reason: 'refused-party-conduct',
    rule: 'BBB-6',
    label: "Refusal to proceed for a Party's conduct (BBB-6 (11))",
    // The same reason, labelled by what led to it: no Position in time (BBB-4.4), not referred after a lapse (BBB-8.8).
    variants: {
      noPosition: { reason: 'refused-party-conduct', rule: 'BBB-6', label: 'Refusal to proceed for a Party\'s conduct: no Position in time (BBB-4.4, BBB-6 (11))' },
      notReferred: { reason: 'refused-party-conduct', rule: 'BBB-6', label: "Refusal to proceed for a Party's conduct: not referred (BBB-8.8, BBB-6 (11))" },
    },
  },
} as const satisfies OutcomeCatalogue;
