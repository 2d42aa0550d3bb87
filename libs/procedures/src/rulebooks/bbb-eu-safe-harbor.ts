import { EEA_STATES } from './countries';
import type { Rulebook } from './rulebook';

/** BBB EU Safe Harbor Rules, administered by the CBBB (bbb-eu-safe-harbor-rules.txt). */
export const bbbEuSafeHarbor: Rulebook = {
  id: 'bbb-eu-safe-harbor',
  version: '1',
  title: 'BBB EU Safe Harbor Rules',
  administrator: 'Council of Better Business Bureaus (CBBB)',
  // BBB-1.1: one framework, the Safe Harbor Privacy Principles, for data from the EU, Iceland, Liechtenstein, Norway or Switzerland.
  frameworks: [{ id: 'safe-harbor', title: 'Safe Harbor Privacy Principles' }],
  frameworkRule: 'BBB-1.1',
  coveredCountries: [...EEA_STATES, 'CH'],
  identityVerificationRule: 'BBB-2.2.1',
  calendarId: 'us-federal',
  // BBB-2.4b: not received within 15 business days of the request: the Complainant is told the CBBB cannot proceed; BBB-6 (2).
  informationRequest: {
    deadline: { kind: 'information-response', rule: 'BBB-2.4b', count: 15, unit: 'business-days' },
    onLapse: {
      notice: { kind: 'cannot-proceed', rule: 'BBB-2.4b' },
      closure: { reason: 'requested-information-not-received', rule: 'BBB-6', label: 'Requested information not received (BBB-2.4b)' },
    },
  },
  extensionRule: 'BBB-4.5.4',
};
