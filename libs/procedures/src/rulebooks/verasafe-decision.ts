import type { AppellateHearingRules, HearingDecisionRules } from './hearing-decision-rules';
import type { PanelRules } from './panel-rules';
import { VERASAFE_OUTCOMES } from './verasafe-outcomes';
import { VS_APPELLATE_OFFICER } from './verasafe-officers';

const BOTH_PARTIES = ['complainant', 'respondent'] as const;

/** VS-8.1, VS-8.4(c): "clear, convincing, and satisfactory evidence", the allegation substantiated and a violation of the Framework(s). */
const STANDARD = 'clear, convincing and satisfactory evidence';

/**
 * VS-8.4(c): the hearing officer's Hearing Decision. Substantiated and a violation: a Reparation Order requiring one or
 * more Permitted Outcomes (VS-4.1), the Parties notified, its performance monitored (VS-12); otherwise "Closed – No
 * Action Taken", the Parties notified, which the Complainant may appeal (VS-9.1, in the outcome catalogue). VS-8.4(b):
 * the Program Administrator's analysis is "included in the Data Privacy Hearing", so it is on record before the
 * Decision. VS-15: Hearing Decisions are the Procedure's non-confidential documents, published when issued.
 */
export const VERASAFE_HEARING_DECISION: HearingDecisionRules = {
  rule: 'VS-8.4c',
  name: 'the Hearing Decision',
  stage: 'hearing-officer-appointed',
  standard: STANDARD,
  analysisRequired: 'VS-8.4b',
  order: {
    name: 'Reparation Order',
    remedyRule: 'VS-4.1',
    notify: { notice: { kind: 'reparation-order', rule: 'VS-8.4c' }, recipients: BOTH_PARTIES },
    // Where VS-12's monitoring of a Reparation Order waits (verasafe-performance.ts).
    stage: 'reparation-performance',
  },
  noAction: { closure: VERASAFE_OUTCOMES.noActionTaken, notify: { notice: { kind: 'outcome-no-action-taken', rule: 'VS-8.4c' }, recipients: BOTH_PARTIES } },
  publicationRule: 'VS-15',
};

/** VS-9.3: the appellate officer, qualified under VS-8.3 and not the hearing officer; the Case Record goes to them. */
const VERASAFE_APPELLATE_OFFICER: PanelRules = {
  ...VS_APPELLATE_OFFICER,
  recordForwarded: { kind: 'case-record-forwarded', rule: 'VS-9.3' },
  stages: { awaiting: 'awaiting-appellate-officer', appointed: 'appellate-officer-appointed' },
};

/**
 * VS-9: an appeal of "Closed – No Action Taken" that VeraSafe accepts (VS-9.1) is heard in an Appellate Hearing. VS-9.2:
 * the appeal brief is forwarded to the Participant, whose rebuttal is due within ten business days of receiving it (on
 * transmission, VS-3.3); as at VS-8.2 the text gives no consequence for a missing rebuttal, so the appeal goes on to
 * the appellate officer without it. VS-9.4: the appellate officer decides "using the Hearing procedure described in
 * Section 8.4(c)": a Reparation Order or "Closed – No Action Taken", the Parties notified; the text gives no further
 * appeal, and VS-8.4(b)'s analysis is not part of 8.4(c), so it is not required again.
 */
export const VERASAFE_APPELLATE_HEARING: AppellateHearingRules = {
  exchange: {
    facts: 'exchange',
    slots: [
      {
        id: 'participant-appeal-rebuttal',
        name: "the Participant's rebuttal of the appeal brief",
        by: 'respondent',
        command: 'FileSubmission',
        recordedAs: 'SubmissionFiled',
        // VS-8.4(a)'s extension for good cause is the Data Privacy Hearing's; VS-9 gives none for the appeal's rebuttal.
        period: { kind: 'appeal-rebuttal', rule: 'VS-9.2', count: 10, unit: 'business-days' },
        startsOn: { opening: { kind: 'appeal-brief-forwarded', rule: 'VS-9.2' } },
        stage: 'appeal-rebuttal',
        whenFiled: { then: 'end', reason: 'rebuttal-received' },
        silence: { then: 'end', reason: 'no-rebuttal' },
      },
    ],
    endStage: 'awaiting-appellate-officer',
    referralStage: 'referral-decision',
    lateRule: 'VS-9.2',
  },
  officer: VERASAFE_APPELLATE_OFFICER,
  decision: {
    ...VERASAFE_HEARING_DECISION,
    rule: 'VS-9.4',
    name: 'the Appellate Hearing Decision',
    stage: 'appellate-officer-appointed',
    analysisRequired: undefined,
    order: { ...VERASAFE_HEARING_DECISION.order, notify: { notice: { kind: 'reparation-order', rule: 'VS-9.4' }, recipients: BOTH_PARTIES } },
    noAction: {
      closure: VERASAFE_OUTCOMES.noActionTaken.variants.onAppeal,
      notify: { notice: { kind: 'outcome-no-action-taken', rule: 'VS-9.4' }, recipients: BOTH_PARTIES },
    },
  },
};
