import type { ExcludedPerson, QualificationRequirement } from './appointment-rules';
import type { PanelRules } from './panel-rules';

/** VS-8.3: a current CIPP or CIPM, or a JD from an ABA-accredited law school, or a current licence to practise law. */
export const VS_OFFICER_QUALIFICATION: QualificationRequirement = {
  rule: 'VS-8.3',
  anyOf: [
    { credential: 'CIPP', description: 'a current CIPP certification' },
    { credential: 'CIPM', description: 'a current CIPM certification' },
    { credential: 'JD', description: 'a JD from an ABA-accredited law school' },
    { credential: 'bar-license', description: 'a current licence to practise law in a US jurisdiction or an EEA member state' },
  ],
};

/** VS-9.3: the appellate officer is not the hearing officer of the same Complaint. */
export const VS_NOT_THE_HEARING_OFFICER: ExcludedPerson = { person: 'not-the-officer-who-heard-the-case', rule: 'VS-9.3' };

/**
 * VeraSafe's officers as the appointment part's data, without the stages and Case Record notice each hearing supplies
 * (verasafe-hearing.ts, verasafe-decision.ts). VS-8.1: VeraSafe appoints (by
 * designation) the hearing officer; VS-8.3: qualified and impartial, so free of any conflict with either Party; a
 * Party may object on that ground and the administrator designates someone else.
 */
export const VS_HEARING_OFFICER: Omit<PanelRules, 'stages' | 'recordForwarded'> = {
  role: 'hearing officer',
  selectionRule: 'VS-8.1',
  appointmentRule: 'VS-8.1',
  choice: { method: 'designation', rule: 'VS-8.1' },
  qualifications: [VS_OFFICER_QUALIFICATION],
  conflictRule: 'VS-8.3',
  conflictGrounds: ['employer-or-affiliate-is-respondent', 'relationship-with-party'],
  excludedPersons: [],
  objectors: ['complainant', 'respondent'],
  objectionGrounds: ['employer-or-affiliate-is-respondent', 'relationship-with-party'],
  replacement: 'new-designation',
};

/** VS-9.3: the appellate officer meets VS-8.3 and did not hear the case. */
export const VS_APPELLATE_OFFICER: Omit<PanelRules, 'stages' | 'recordForwarded'> = {
  ...VS_HEARING_OFFICER,
  role: 'appellate officer',
  appointmentRule: 'VS-9.3',
  excludedPersons: [VS_NOT_THE_HEARING_OFFICER],
};
