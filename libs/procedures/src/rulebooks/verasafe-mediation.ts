import type { MediationRules } from './mediation-rules';
import { VERASAFE_OUTCOMES } from './verasafe-outcomes';

const CLOSED_BY_DEFAULT = {
  then: 'close',
  notice: { kind: 'outcome-closed-by-default', rule: 'VS-7.3' },
  closure: VERASAFE_OUTCOMES.closedByDefault.variants.noTeleconferenceRequest,
  // VS-7.3(c): "the Parties" are notified.
  recipients: ['complainant', 'respondent'],
} as const;

/**
 * VeraSafe's consultative mediation (VS-7.1 to 7.3), opened when the complaint is docketed. Every document is delivered
 * on transmission (VS-3.3), so each period "of receipt" runs from sending.
 */
export const VERASAFE_MEDIATION: MediationRules = {
  exchange: {
    facts: 'exchange',
    slots: [
      {
        // VS-7.1: the eligible Complaint is forwarded to the Participant; its Response within 20 business days of receipt.
        id: 'response-to-complaint',
        name: "the Participant's Response to Complaint",
        by: 'respondent',
        command: 'FileSubmission',
        recordedAs: 'SubmissionFiled',
        period: { kind: 'response-to-complaint', rule: 'VS-7.1', count: 20, unit: 'business-days' },
        startsOn: { opening: { kind: 'complaint-forwarded', rule: 'VS-7.1' } },
        stage: 'awaiting-response',
        kinds: {
          rule: 'VS-7.1',
          options: [
            { id: 'defend', description: 'Defends its actions under the relevant Framework' },
            { id: 'dispute', description: 'Disputes the information in the Complaint, with supporting documentation' },
            { id: 'admit-fault', description: 'Admits fault and agrees to remedy the issue' },
          ],
        },
        // VS-7.3: the Response is forwarded to the Complainant.
        forward: { to: 'complainant', notice: { kind: 'response-forwarded', rule: 'VS-7.3' } },
        lateRule: 'VS-7.2',
        // VS-7.2: no timely Response: noted in the next Annual Procedure Report and referred (VS-13).
        silence: { then: 'refer', referralRule: 'VS-7.2', reason: 'no-timely-response', noted: 'respondent-default' },
      },
      {
        // VS-7.3(a): not satisfied, the Complainant may request a Mediation Teleconference within 10 business days of receiving the Response.
        id: 'teleconference-request',
        name: "the Complainant's request for a Mediation Teleconference",
        by: 'complainant',
        command: 'FileSubmission',
        recordedAs: 'SubmissionFiled',
        period: { kind: 'teleconference-request', rule: 'VS-7.3', count: 10, unit: 'business-days' },
        startsOn: { receiptOf: 'response-to-complaint' },
        stage: 'awaiting-teleconference-request',
        lateRule: 'VS-7.3',
        whenFiled: { then: 'end', reason: 'teleconference-requested' },
        // VS-7.3(b), (c): satisfied (notified in writing), or no request in time: "Closed by Default", the Parties notified.
        waiver: { rule: 'VS-7.3', follows: CLOSED_BY_DEFAULT },
        silence: CLOSED_BY_DEFAULT,
      },
    ],
    // VS-7.4: a mediator is appointed and the teleconference noticed.
    endStage: 'mediation-teleconference',
    referralStage: 'referral-decision',
    lateRule: 'VS-7.2',
  },
  teleconference: {
    rule: 'VS-7.4',
    stage: 'mediation-teleconference',
    scheduledStage: 'teleconference-scheduled',
    // "at least fifteen (15) days": the text says days, not business days.
    minimumNotice: { count: 15, unit: 'calendar-days' },
    notice: { kind: 'teleconference-notice', rule: 'VS-7.4' },
    outcomes: {
      // (i) The Complainant fails to attend: "Closed by Default", the Parties notified.
      complainantAbsent: { ...CLOSED_BY_DEFAULT, notice: { kind: 'outcome-closed-by-default', rule: 'VS-7.4' }, closure: VERASAFE_OUTCOMES.closedByDefault.variants.mediation },
      // (ii) The Participant fails to attend: noted in the next Annual Procedure Report and referred (VS-13).
      participantAbsent: { then: 'refer', referralRule: 'VS-7.4', reason: 'participant-absent-from-teleconference', noted: 'respondent-absent' },
      // (iii) Settlement: its terms recorded and sent to both Parties within five business days; its performance monitored (VS-12).
      settlement: {
        terms: { deadline: { kind: 'settlement-terms', rule: 'VS-7.4', count: 5, unit: 'business-days' }, notice: { kind: 'settlement-terms', rule: 'VS-7.4' } },
        stage: 'settlement-terms',
        performanceStage: 'settlement-performance',
      },
      // (iv) No Settlement: the Complainant may request a Data Privacy Hearing within ten business days; (v) none: "Closed by Default".
      noSettlement: {
        hearingRequest: {
          deadline: { kind: 'hearing-request', rule: 'VS-7.4', count: 10, unit: 'business-days' },
          stage: 'awaiting-hearing-request',
          silence: { ...CLOSED_BY_DEFAULT, notice: { kind: 'outcome-closed-by-default', rule: 'VS-7.4' }, closure: VERASAFE_OUTCOMES.closedByDefault.variants.mediation },
        },
      },
    },
  },
};
