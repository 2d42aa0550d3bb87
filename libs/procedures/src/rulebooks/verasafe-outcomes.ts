import type { OutcomeCatalogue } from './outcome-rules';

/**
 * The outcomes the VeraSafe procedure records, labelled in the text's own words ("record an outcome of 'Ineligible'").
 * Outcomes no part of this service reaches yet are listed too: the catalogue is the procedure's, not the code's.
 */
export const VERASAFE_OUTCOMES = {
  // VS-5.5: an Ineligibility Determination; (a) the Complainant may appeal within ten business days of receiving it,
  // with Credible Evidence of a material error; VeraSafe re-examines the Complaint and makes a final determination.
  ineligible: {
    reason: 'ineligible',
    rule: 'VS-5.5',
    label: 'Ineligible',
    appeal: {
      rule: 'VS-5.5',
      by: 'complainant',
      window: { kind: 'closure-appeal', rule: 'VS-5.5', count: 10, unit: 'business-days' },
      requires: [
        { field: 'grounds', description: 'The material error made in the Ineligibility Determination' },
        { field: 'evidence', description: 'Credible Evidence of that error' },
      ],
      reopensAt: 'eligibility-review',
    },
    // VS-5.4: the requested information not received in time records the same outcome; VS-5.5(a) appeals a determination only.
    // VS-5.3: no good-faith attempt to resolve directly: the Complainant is asked to try first and may re-file; not an
    // Ineligibility Determination, so no VS-5.5(a) appeal.
    variants: {
      informationNotReceived: { reason: 'ineligible', rule: 'VS-5.4', label: 'Ineligible' },
      noDirectAttempt: { reason: 'ineligible', rule: 'VS-5.3', label: 'Ineligible' },
    },
  },
  // VS-6.1, VS-7.3, VS-7.4 (i), (v).
  closedByDefault: {
    reason: 'closed-by-default',
    rule: 'VS-6.1',
    label: 'Closed by Default',
    // VS-7.3(c): the Complainant satisfied with the Response, or no request for a Mediation Teleconference in time.
    variants: {
      noTeleconferenceRequest: { reason: 'closed-by-default', rule: 'VS-7.3', label: 'Closed by Default' },
      // VS-7.4 (i) the Complainant absent from the teleconference; (v) no Settlement and no hearing request in time.
      mediation: { reason: 'closed-by-default', rule: 'VS-7.4', label: 'Closed by Default' },
    },
  },
  // VS-8.4(c). VS-9.1: within ten business days of being notified, the Complainant may appeal for a procedural error that
  // significantly affected the Hearing Decision, with a detailed brief; VeraSafe accepts it only on Credible Evidence of
  // the error, and the accepted appeal is heard in an Appellate Hearing (verasafe-decision.ts).
  noActionTaken: {
    reason: 'no-action-taken',
    rule: 'VS-8.4c',
    label: 'Closed – No Action Taken',
    appeal: {
      rule: 'VS-9.1',
      by: 'complainant',
      window: { kind: 'no-action-appeal', rule: 'VS-9.1', count: 10, unit: 'business-days' },
      requires: [
        { field: 'grounds', description: 'A detailed briefing of the procedural error and how it significantly affected the Hearing Decision' },
        { field: 'evidence', description: 'Credible Evidence of the procedural error' },
      ],
      reopensAt: 'appeal-rebuttal',
      opens: 'appellate-hearing',
    },
    // VS-9.4: the Appellate Hearing's own "Closed – No Action Taken"; the text gives it no further appeal.
    variants: { onAppeal: { reason: 'no-action-taken', rule: 'VS-9.4', label: 'Closed – No Action Taken' } },
  },
  withdrawn: { reason: 'withdrawn', rule: 'VS-10.1', label: 'Closed – Withdrawn' },
  // VS-12.1.
  closedBySettlement: { reason: 'closed-by-settlement', rule: 'VS-12.1', label: 'Closed by Settlement' },
  closedByReparationOrder: { reason: 'closed-by-performance-of-reparation-order', rule: 'VS-12.1', label: 'Closed by Performance of Reparation Order' },
  // VS-13.4.
  referred: { reason: 'referred', rule: 'VS-13.4', label: 'Closed by Referral to Regulatory Agency' },
} as const satisfies OutcomeCatalogue;
