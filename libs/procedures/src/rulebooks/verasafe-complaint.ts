import type { ComplaintRules } from './complaint-rules';

/**
 * VS-3.1: what a Complaint must contain, element by element, with the ages VS-5.1 is judged on; VS-4.1: the Permitted
 * Outcomes, the only outcomes a Complaint may seek (VS-5.2).
 */
export const VERASAFE_COMPLAINT: ComplaintRules = {
  elements: [
    { field: 'allegation', rule: 'VS-3.1', check: 'text', description: '(a) the allegation that the Participant failed to comply with the Framework' },
    { field: 'respondent.name', rule: 'VS-3.1', check: 'text', description: '(b) the Participant complained of' },
    { field: 'outcomesSought', rule: 'VS-3.1', check: 'texts', description: '(c) the outcomes sought' },
    { field: 'outcomeKinds', rule: 'VS-3.1', check: 'texts', description: '(c) the Permitted Outcome (VS-4.1) each outcome sought asks for' },
    { field: 'facts', rule: 'VS-3.1', check: 'text', description: '(d) the fullest account of the facts' },
    { field: 'harm', rule: 'VS-3.1', check: 'text', description: '(e) any harm or damages alleged, with details' },
    { field: 'complainant.email', rule: 'VS-3.1', check: 'text', description: '(f) valid contact information' },
    { field: 'consentToShare', rule: 'VS-3.1', check: 'affirmed', description: '(g) consent to share the Complaint with the Participant' },
    { field: 'documentation', rule: 'VS-3.1', check: 'list', description: '(h) the documentation available (none may be)' },
    { field: 'perjuryDeclaration', rule: 'VS-3.1', check: 'affirmed', description: '(i) the declaration under penalty of perjury that the information is true' },
    { field: 'complainantAge', rule: 'VS-5.1', check: 'age', description: "the Complainant's date of birth or age at filing" },
    { field: 'dataSubjectAge', rule: 'VS-5.1', check: 'age', whenFilingAs: 'parent-or-guardian', description: "the data subject's date of birth or age at filing" },
  ],
  permittedOutcomes: {
    rule: 'VS-4.1',
    outcomes: [
      { id: 'reverse-or-correct', description: '(a) reverse or correct the effects of noncompliance' },
      { id: 'conforming-processing', description: '(b) future processing conforms to the Framework' },
      { id: 'cease-processing', description: "(c) cease processing the Complainant's PII" },
      { id: 'delete-personal-data', description: '(d) delete PII processed contrary to the Frameworks' },
      { id: 'suspend-seal-license', description: '(e) suspend or remove the license to display VeraSafe seals' },
      { id: 'compensate-losses', description: '(f) compensate actual, direct losses' },
      { id: 'other-injunctive-order', description: '(g) other injunctive orders' },
    ],
  },
};
