import type { DeadlineRule } from '../deadlines/deadline-rule';

/**
 * Documents on a case, as data: Proprietary Information (BBB-8.5, BBB-8.6), the Case Record and the Parties'
 * redacted copies (BBB-4.3.2), confidentiality (BBB-8.2), the file's disposal after closing (BBB-8.3) and language
 * assistance (BBB-8.9).
 * Readings chosen (documented defaults):
 * - a designation names one submission of the written phase (`position`, `rebuttal`, `reply`, `response`) and only the
 *   Party that filed it may designate material in it (Position/reply: Complainant; Rebuttal/response: Respondent);
 * - a designation stays "pending" (considered by no one) until the CBBB accepts it; the CBBB returns it either because it
 *   disagrees that the material is proprietary (BBB-8.5) or because the summary is not acceptable (BBB-8.6): both mean
 *   the material is returned and not considered;
 * - disposal (BBB-8.3) follows the case's closing after `retention` (the text names no period: 30 calendar days is our
 *   reading, time to answer a Party's last question about the file; an operator may configure another per rulebook);
 *   staff may dispose earlier. It returns every designated item not already returned, then the file's keys are destroyed.
 */
export interface DocumentRules {
  readonly proprietaryRule: string;
  readonly summaryRule: string;
  readonly caseRecordRule: string;
  readonly confidentialityRule: string;
  readonly disposalRule: string;
  readonly languageRule: string;
  /** The language the proceedings are conducted in (BBB-8.9). */
  readonly language: string;
  /** How long after closing the file is kept before it is disposed of on its own (BBB-8.3). */
  readonly retention: DeadlineRule;
  /** What survives disposal (BBB-8.3). */
  readonly retained: readonly string[];
  /** Submissions that may carry Proprietary Information, and which Party files each. */
  readonly submissions: Readonly<Record<string, 'complainant' | 'respondent'>>;
}

export const BBB_DOCUMENTS: DocumentRules = {
  proprietaryRule: 'BBB-8.5',
  summaryRule: 'BBB-8.6',
  caseRecordRule: 'BBB-4.3.2',
  confidentialityRule: 'BBB-8.2',
  disposalRule: 'BBB-8.3',
  languageRule: 'BBB-8.9',
  language: 'en',
  retention: { kind: 'file-retention', rule: 'BBB-8.3', count: 30, unit: 'calendar-days' },
  retained: ['settlement-agreement', 'decision'],
  submissions: { position: 'complainant', reply: 'complainant', rebuttal: 'respondent', response: 'respondent' },
};
