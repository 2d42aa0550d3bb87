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
  eligibility: {
    // BBB-2.3: all seven, plus the identity check of BBB-2.2.1 before a Case is opened.
    conditions: [
      { id: 'identity-verified', rule: 'BBB-2.2.1', description: "The Complainant's identity is verified" },
      { id: 'eligible-complainant', rule: 'BBB-2.2', description: 'Data subject of Personal Data collected in the EU, Iceland, Liechtenstein, Norway or Switzerland, or parent or guardian of such a child under 13' },
      { id: 'participating-business', rule: 'BBB-2.3', description: 'Made against a Participating Business' },
      { id: 'alleges-non-compliance', rule: 'BBB-2.3', description: 'Alleges failure to comply with the Safe Harbor Privacy Principles for covered Personal Data' },
      { id: 'supporting-information', rule: 'BBB-2.3.1', description: 'Information complete enough for the CBBB and the Respondent to evaluate and answer' },
      {
        id: 'good-faith-attempt',
        rule: 'BBB-2.3.2',
        description: 'A prior good-faith attempt to resolve the Complaint directly with the Respondent',
        whenNotMet: { notice: { kind: 'try-respondent-first', rule: 'BBB-2.3.2' } },
      },
      { id: 'not-previously-resolved', rule: 'BBB-2.3', description: 'Not previously resolved by the Procedure, a court, arbitration or other settlement' },
      { id: 'not-in-litigation', rule: 'BBB-2.3', description: 'Not currently in litigation or other adjudication, unless both Parties agree' },
    ],
    participationCondition: 'participating-business',
    identityCondition: 'identity-verified',
    ineligible: {
      notice: { kind: 'cannot-proceed', rule: 'BBB-2.4c' },
      closure: { reason: 'not-eligible', rule: 'BBB-6', label: 'Not eligible (BBB-2.4c)' },
      otherAgencyRule: 'BBB-2.4c',
    },
    docketing: { rule: 'BBB-2.4a', nextStage: 'conciliation', acknowledgementRule: 'BBB-8.1' },
    representativeRule: 'BBB-2.5',
  },
  withdrawal: {
    rule: 'BBB-6',
    closure: { reason: 'withdrawn', rule: 'BBB-6', label: 'Withdrawn by the Complainant' },
    notice: { kind: 'withdrawal-confirmed', rule: 'BBB-6' },
  },
};
