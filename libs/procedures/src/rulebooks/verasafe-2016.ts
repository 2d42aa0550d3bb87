import { EEA_STATES } from './countries';
import type { Rulebook } from './rulebook';
import { VERASAFE_OUTCOMES } from './verasafe-outcomes';
import { VERASAFE_REFERRAL } from './verasafe-referral';
import { VERASAFE_MEDIATION } from './verasafe-mediation';
import { VERASAFE_HEARING, VERASAFE_HEARING_OFFICER } from './verasafe-hearing';
import { VERASAFE_OFFICER_PROCEEDINGS } from './verasafe-officer-proceedings';
import { VERASAFE_COMPLAINT } from './verasafe-complaint';
import { VERASAFE_REPORT } from './verasafe-report';
import { VERASAFE_PERFORMANCE } from './verasafe-performance';
import { VERASAFE_APPELLATE_HEARING, VERASAFE_HEARING_DECISION } from './verasafe-decision';

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
  // VS-3.3: email or fax, delivered on transmission.
  transmittal: { rule: 'VS-3.3', receipt: 'on-transmission' },
  // The outcomes the text records, in its own words; VS-5.5(a) lets the Complainant appeal "Ineligible".
  outcomes: VERASAFE_OUTCOMES,
  calendarId: 'us-federal',
  // VS-5.4: not received within 15 business days of the request: closed with the outcome "Ineligible", Complainant notified.
  informationRequest: {
    deadline: { kind: 'information-response', rule: 'VS-5.4', count: 15, unit: 'business-days' },
    onLapse: {
      notice: { kind: 'outcome-ineligible', rule: 'VS-5.4' },
      closure: VERASAFE_OUTCOMES.ineligible.variants.informationNotReceived,
    },
  },
  extensionRule: 'VS-8.4a',
  // VS-3.1 (a)–(i), with the ages VS-5.1 needs; VS-4.1's Permitted Outcomes (verasafe-complaint.ts).
  complaint: VERASAFE_COMPLAINT,
  eligibility: {
    conditions: [
      // Computed at filing from the complaint (and the registry), the evidence recorded; staff may revise a finding.
      {
        id: 'eligible-complainant',
        rule: 'VS-5.1',
        description: 'Older than twelve at filing; data subject of PII exported from the EEA or Switzerland, or parent or guardian of one under eighteen',
        computedAtFiling: { kind: 'complainant-age', olderThan: 12, guardianOfUnder: 18 },
      },
      {
        id: 'participating-business',
        rule: 'VS-3.1',
        description: 'Names a Participant in good standing that lists VeraSafe as its independent recourse mechanism',
        computedAtFiling: { kind: 'participant-standing' },
      },
      {
        id: 'complaint-information',
        rule: 'VS-3.1',
        description: 'Contains the information of VS-3.1 (a)–(i), the perjury declaration and the consent to share included',
        computedAtFiling: { kind: 'complaint-elements' },
      },
      // VeraSafe judges these.
      { id: 'not-previously-resolved', rule: 'VS-5.2', description: 'Not previously resolved by a court, arbitration or other dispute resolution' },
      { id: 'permitted-outcomes-only', rule: 'VS-5.2', description: 'Seeks only Permitted Outcomes (VS-4.1)', computedAtFiling: { kind: 'permitted-outcomes' } },
      {
        id: 'first-filing',
        rule: 'VS-5.2',
        description: 'Filed for the first time, unless it alleges failure to comply with a previous Settlement Agreement',
        // VS-5.3 itself invites a re-filing once the direct attempt was made.
        computedAtFiling: { kind: 'filing-history', refilingAllowedFor: ['settlement-noncompliance', 'after-direct-attempt'] },
      },
      {
        id: 'good-faith-attempt',
        rule: 'VS-5.3',
        description: 'A good-faith attempt to resolve the Complaint directly with the Participant',
        whenNotMet: { notice: { kind: 'try-participant-first', rule: 'VS-5.3' }, closure: VERASAFE_OUTCOMES.ineligible.variants.noDirectAttempt },
      },
    ],
    participationCondition: 'participating-business',
    ineligible: {
      notice: { kind: 'outcome-ineligible', rule: 'VS-5.5' },
      closure: VERASAFE_OUTCOMES.ineligible,
    },
    docketing: { rule: 'VS-7.1', nextStage: 'awaiting-response' },
  },
  // VS-6.1: the Complainant's material breach: "Closed by Default", the Parties notified.
  complainantBreach: {
    rule: 'VS-6.1',
    closure: VERASAFE_OUTCOMES.closedByDefault,
    notice: { kind: 'outcome-closed-by-default', rule: 'VS-6.1' },
  },
  // VS-11.1: conducted in English; translation for a Complainant only able to read or write another language.
  languageAssistance: { rule: 'VS-11.1', language: 'en', parties: ['complainant'], kinds: ['translation'] },
  withdrawal: {
    rule: 'VS-10.1',
    closure: VERASAFE_OUTCOMES.withdrawn,
    notice: { kind: 'outcome-withdrawn', rule: 'VS-10.1' },
    // "closed with an outcome of 'Closed – Withdrawn' and the Parties duly notified": a notice to each Party.
    recipients: ['complainant', 'respondent'],
  },
  // VS-7.1 to 7.3: the Response to Complaint and the request for a Mediation Teleconference, opened at docketing.
  mediation: VERASAFE_MEDIATION,
  // VS-8.1 to 8.3: the Data Privacy Hearing requested after a teleconference without Settlement, and its officer.
  hearing: VERASAFE_HEARING,
  panel: VERASAFE_HEARING_OFFICER,
  // VS-8.4(c): a Reparation Order or "Closed – No Action Taken"; VS-9: its appeal heard by another officer (verasafe-decision.ts).
  hearingDecision: VERASAFE_HEARING_DECISION,
  appellateHearing: VERASAFE_APPELLATE_HEARING,
  // VS-8.4(a), (b): the officer's requests for information and VeraSafe's investigative analysis (verasafe-officer-proceedings.ts).
  panelistProceedings: VERASAFE_OFFICER_PROCEEDINGS,
  // VS-12: performance of Settlement Agreements and Reparation Orders monitored (verasafe-performance.ts).
  performance: VERASAFE_PERFORMANCE,
  // VS-13 (and VS-7.2, VS-12.2's "shall refer"): verasafe-referral.ts.
  referral: VERASAFE_REFERRAL,
  // VS-14.1, VS-14.2: the Annual Procedure Report; the matters VS-7.2, VS-7.4 (ii) and VS-12.2 note for it (verasafe-report.ts).
  report: VERASAFE_REPORT,
};

/** Every version of the VeraSafe procedure a case was or is filed under, oldest first (see bbbEuSafeHarborVersions). */
export const verasafe2016Versions: readonly Rulebook[] = [verasafe2016];
