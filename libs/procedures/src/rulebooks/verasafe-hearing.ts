import type { HearingRules } from './hearing-rules';
import type { PanelRules } from './panel-rules';
import { VERASAFE_COMPLAINT } from './verasafe-complaint';
import { VS_HEARING_OFFICER } from './verasafe-officers';

/**
 * VeraSafe's Data Privacy Hearing (VS-8), as the hearing and appointment parts' data. VS-7.4(iv): after a
 * teleconference without Settlement the Complainant may request it within ten business days; VS-8.2: the request
 * includes the Complainant's brief, forwarded to the Participant, whose rebuttal is due within ten business days of
 * receiving it (on transmission, VS-3.3). The remedies it may seek are VS-4.1's Permitted Outcomes.
 */
export const VERASAFE_HEARING: HearingRules = {
  requestRule: 'VS-7.4',
  requestableStages: ['awaiting-hearing-request'],
  requesters: ['complainant'],
  brief: { rule: 'VS-8.2' },
  requestPeriod: 'hearing-request',
  remedies: (VERASAFE_COMPLAINT.permittedOutcomes?.outcomes ?? []).map(({ id, description }) => ({ kind: id, description })),
  refusedRemedies: [],
  exchange: {
    facts: 'exchange',
    slots: [
      {
        id: 'participant-rebuttal',
        name: "the Participant's rebuttal",
        by: 'respondent',
        command: 'FileSubmission',
        recordedAs: 'SubmissionFiled',
        period: { kind: 'participant-rebuttal', rule: 'VS-8.2', count: 10, unit: 'business-days', extendable: true },
        // The request and its brief go to the Participant; the rebuttal period runs from their receipt.
        startsOn: { opening: { kind: 'hearing-request-forwarded', rule: 'VS-8.2' } },
        stage: 'hearing-rebuttal',
        whenFiled: { then: 'end', reason: 'rebuttal-received' },
        // The text gives no consequence for a missing rebuttal: the hearing goes on to the officer without it.
        silence: { then: 'end', reason: 'no-rebuttal' },
      },
    ],
    endStage: 'awaiting-hearing-officer',
    referralStage: 'referral-decision',
    // VS-8.4(a): late submissions do not reach the officer unless VeraSafe extends the period for good cause.
    lateRule: 'VS-8.4a',
  },
};

/** VS-8.1, VS-8.3: the hearing officer VeraSafe designates, qualified and impartial; the case record goes to them. */
export const VERASAFE_HEARING_OFFICER: PanelRules = {
  ...VS_HEARING_OFFICER,
  recordForwarded: { kind: 'case-record-forwarded', rule: 'VS-8.1' },
  stages: { awaiting: 'awaiting-hearing-officer', appointed: 'hearing-officer-appointed' },
};
