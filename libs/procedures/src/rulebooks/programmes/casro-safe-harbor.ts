import type { Programme } from '../programme-rules';

// Safe Harbor FAQ 9: human-resources data complaints go to the data protection authorities, not to a private programme.
const COMPETENT_AUTHORITY = 'the EU data protection authority (the DPA panel under Safe Harbor FAQ 9), or the Swiss FDPIC for data from Switzerland';

/**
 * The CASRO Safe Harbor Program, run by CASRO with the Council of Better Business Bureaus: complaints follow the BBB EU
 * Safe Harbor rules (CASRO-6); it does not take complaints about a business's transfer of its own human-resources data
 * (CASRO-5); a business joins by the four steps of CASRO-1 to CASRO-4.
 */
export const CASRO_SAFE_HARBOR: Programme = {
  id: 'casro-safe-harbor',
  name: 'CASRO Safe Harbor Program',
  administrator: 'CASRO, with the Council of Better Business Bureaus',
  rulebookId: 'bbb-eu-safe-harbor',
  // CASRO-4: the EU framework, the Swiss framework or both, each certified (and lapsing) on its own.
  frameworks: ['us-eu-safe-harbor', 'us-swiss-safe-harbor'],
  frameworkOfComplaint: { byCountry: { CH: 'us-swiss-safe-harbor' }, otherwise: 'us-eu-safe-harbor' },
  eligibility: [
    {
      id: 'not-own-human-resources-data',
      rule: 'CASRO-5',
      description: "Not about the business's transfer of its own human-resources data",
      computedAtFiling: { kind: 'not-own-human-resources-data' },
      whenNotMet: {
        notice: { kind: 'refer-to-competent-authority', rule: 'CASRO-5' },
        closure: { reason: 'ineligible', rule: 'CASRO-5', label: `Ineligible: human-resources data, for ${COMPETENT_AUTHORITY}` },
      },
    },
  ],
  outcomes: {
    humanResourcesData: { reason: 'ineligible', rule: 'CASRO-5', label: `Ineligible: human-resources data, for ${COMPETENT_AUTHORITY}` },
  },
  enrolment: {
    application: { rule: 'CASRO-1' },
    policyReview: {
      rule: 'CASRO-2',
      checklist: [
        { id: 'principle-notice', description: 'Notice' },
        { id: 'principle-choice', description: 'Choice' },
        { id: 'principle-onward-transfer', description: 'Onward Transfer' },
        { id: 'principle-security', description: 'Security' },
        { id: 'principle-data-integrity', description: 'Data Integrity' },
        { id: 'principle-access', description: 'Access' },
        { id: 'principle-enforcement', description: 'Enforcement' },
        { id: 'publicly-available', description: 'The privacy policy is publicly available' },
        { id: 'references-adherence', description: 'It explicitly references adherence to the Safe Harbor Privacy Principles' },
        { id: 'names-recourse-mechanism', description: 'It names the CASRO Safe Harbor Program as the independent recourse mechanism' },
        { id: 'links-complaints-page', description: "It links to the programme's online complaints page" },
        { id: 'internal-complaints-contact', description: "It gives contact information for the business's internal complaints mechanism" },
      ],
    },
    agreements: {
      rule: 'CASRO-3',
      signatures: [
        { id: 'participation-agreement', name: 'the Participation Agreement' },
        { id: 'complaint-handling-agreement', name: 'the CBBB Independent Complaint Handling Agreement (annexed)' },
      ],
      draftPolicyRequired: true,
    },
    informationRequest: { rule: 'CASRO-3' },
    acceptance: { rule: 'CASRO-3', notice: { kind: 'enrolment-accepted', rule: 'CASRO-3' } },
    selfCertification: {
      rule: 'CASRO-4',
      deadline: { kind: 'self-certification', rule: 'CASRO-4', count: 30, unit: 'calendar-days' },
      validFor: { count: 1, unit: 'years' },
      expiry: { kind: 'certification-renewal', rule: 'CASRO-4' },
      frameworksSeparate: true,
    },
  },
  publicIntake: { rule: 'CASRO-6' },
};
