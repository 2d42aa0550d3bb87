import type { ExchangeRules } from './exchange-rules';
import { revisedRulebook } from './registry.testing';
import type { Rulebook } from './rulebook';

/**
 * Tests only: the exchange part composed as VeraSafe's consultative mediation (VS-7.1 to 7.3): the Participant's
 * Response to Complaint, forwarded, then the Complainant's request for a Mediation Teleconference, each filed with
 * `FileSubmission` and recorded as `SubmissionFiled`. Slots as data, no code of their own.
 */
export const MEDIATION_EXCHANGE: ExchangeRules = {
  slots: [
    {
      id: 'response-to-complaint',
      name: "the Participant's Response to Complaint",
      by: 'respondent',
      command: 'FileSubmission',
      recordedAs: 'SubmissionFiled',
      period: { kind: 'response-to-complaint', rule: 'VS-7.1', count: 20, unit: 'business-days' },
      startsOn: { opening: { kind: 'complaint-forwarded', rule: 'VS-7.1' } },
      stage: 'awaiting-response',
      forward: { to: 'complainant', notice: { kind: 'response-forwarded', rule: 'VS-7.3' } },
      silence: { then: 'refer', referralRule: 'VS-7.2', reason: 'no-response-to-complaint', noted: 'respondent-default' },
    },
    {
      id: 'teleconference-request',
      name: "the Complainant's request for a Mediation Teleconference",
      by: 'complainant',
      command: 'FileSubmission',
      recordedAs: 'SubmissionFiled',
      period: { kind: 'teleconference-request', rule: 'VS-7.3', count: 10, unit: 'business-days' },
      startsOn: { receiptOf: 'response-to-complaint' },
      stage: 'awaiting-teleconference-request',
      whenFiled: { then: 'end', reason: 'teleconference-requested' },
      silence: { then: 'close', notice: { kind: 'outcome-closed-by-default', rule: 'VS-7.3' }, closure: { reason: 'closed-by-default', rule: 'VS-7.3', label: 'Closed by Default' } },
    },
  ],
  endStage: 'awaiting-panelist',
  referralStage: 'referral-decision',
  lateRule: 'VS-8.4a',
};

/** `base` with its hearing's written phase replaced by the mediation exchange above. */
export function mediationExchangeRulebook(base: Rulebook, version = 'exchange-test'): Rulebook {
  return revisedRulebook(base, version, { hearing: { ...base.hearing!, exchange: MEDIATION_EXCHANGE } });
}
