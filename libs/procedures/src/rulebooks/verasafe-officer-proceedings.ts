import type { PanelistProceedingsRules } from './panelist-proceedings-rules';
import { VERASAFE_HEARING_OFFICER } from './verasafe-hearing';

/**
 * VeraSafe's Data Privacy Hearing administration (VS-8.4(a), VS-8.4(b)) as the Panelist-proceedings part's data, for
 * the hearing officer VeraSafe designates (verasafe-hearing.ts).
 *
 * VS-8.4(a): the officer may ask either or both Parties for information or clarification on the Procedure
 * Submissions. The text sets no answer period of its own ("after the specified time limits"): each request carries the
 * time limit the officer specifies, in business days, at most `answer.count` (a bound of this service, not the text's).
 * Transmittal is on transmission (VS-3.3), so the period runs from the request's sending. A late answer does not reach
 * the officer unless VeraSafe extends the period for good cause (the rulebook's extension, VS-8.4a); a period that
 * lapses leaves the officer to proceed on the other Procedure Submissions. The text has no response by the other
 * Party, no default notice and no oral hearing here: the data leaves them out.
 *
 * VS-8.4(b): the Program Administrator furnishes the officer its investigative analysis of the validity of each
 * essential fact presented in the Procedure Submissions, itself included as a Procedure Submission.
 */
export const VERASAFE_OFFICER_PROCEEDINGS: PanelistProceedingsRules = {
  stage: VERASAFE_HEARING_OFFICER.stages.appointed,
  information: {
    rule: 'VS-8.4a',
    answer: { kind: 'officer-information-answer', rule: 'VS-8.4a', count: 30, unit: 'business-days', extendable: true },
    timeLimitSetByRequest: true,
    request: { kind: 'officer-information-request', rule: 'VS-8.4a' },
    silenceWeighed: false,
  },
  lateRule: 'VS-8.4a',
  investigativeAnalysis: {
    rule: 'VS-8.4b',
    notice: { kind: 'investigative-analysis-furnished', rule: 'VS-8.4b' },
  },
};
