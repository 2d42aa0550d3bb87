import { EEA_STATES } from './countries';
import type { Rulebook } from './rulebook';

/** VeraSafe Privacy Shield and Safe Harbor Dispute Resolution Procedure, last updated 2016-10-24. */
export const verasafe2016: Rulebook = {
  id: 'verasafe-2016',
  version: '2016-10-24',
  title: 'VeraSafe Dispute Resolution Procedure',
  administrator: 'VeraSafe',
  // VS-1.1: each Complaint records which of the three frameworks it is brought under.
  frameworks: [
    { id: 'eu-us-privacy-shield', title: 'EU-U.S. Privacy Shield Framework' },
    { id: 'us-eu-safe-harbor', title: 'U.S.-EU Safe Harbor Framework' },
    { id: 'us-swiss-safe-harbor', title: 'U.S.-Swiss Safe Harbor Framework' },
  ],
  frameworkRule: 'VS-1.1',
  // VS-5.1: PII exported from the EEA or Switzerland.
  coveredCountries: [...EEA_STATES, 'CH'],
  calendarId: 'us-federal',
  // VS-5.4: not received within 15 business days of the request: closed with the outcome "Ineligible", Complainant notified.
  informationRequest: {
    deadline: { kind: 'information-response', rule: 'VS-5.4', count: 15, unit: 'business-days' },
    onLapse: {
      notice: { kind: 'outcome-ineligible', rule: 'VS-5.4' },
      closure: { reason: 'ineligible', rule: 'VS-5.4', label: 'Ineligible' },
    },
  },
  extensionRule: 'VS-8.4a',
};
