import type { ReferralRules } from './referral-rules';
import { VERASAFE_OUTCOMES } from './verasafe-outcomes';

/**
 * VS-13: referral to a U.S. government regulatory agency, as data for the referral part.
 * - VS-13.1: VeraSafe "in its discretion, may refer" when (1) the Participant refuses to comply with the Procedure, or
 *   (2) fails to comply with a Settlement or Reparation Order within a reasonable time. (1) is raised by staff as the
 *   refusal `refuses-to-comply-with-procedure` (the Participant's only; it closes nothing itself, it raises the
 *   referral question); (2) arrives with VS-12.2 once Settlements and Reparation Orders are monitored.
 * - VS-7.2, VS-7.4 (ii), VS-12.2 say VeraSafe "shall refer the matter … in accordance with Section 13": a question they
 *   raise is answered by referring (with the VS-13.2 notice and cure); deciding not to refer is refused.
 * - VS-13.2: the Participant is notified first and given at least 10 business days to cure, counted from the notice's
 *   receipt, which under VS-3.3 is its transmission (the receipt part starts the period at sending).
 * - VS-13.3: referrals go to the Annual Procedure Report (`ReferralMade` with its summary naming the Participant, VS-14.1 (c)(iii)).
 * - VS-13.4: "Closed by Referral to Regulatory Agency", the Parties duly notified: a notice to each Party on closing.
 * - Not referring has no outcome in the text: the case returns to the stage the question arose in.
 */
export const VERASAFE_REFERRAL: ReferralRules = {
  rule: 'VS-13.1',
  // The stage the exchange part's silence (VS-7.2) and a refusal to comply both bring the case to.
  decisionStage: 'referral-decision',
  noticeStage: 'referral-notice',
  cureStage: 'referral-cure',
  notice: { kind: 'referral-notice', rule: 'VS-13.2' },
  cure: {
    deadline: { kind: 'referral-cure', rule: 'VS-13.2', count: 10, unit: 'business-days' },
  },
  referred: {
    closure: VERASAFE_OUTCOMES.referred,
    reportRule: 'VS-13.3',
    notify: { notice: { kind: 'outcome-referred', rule: 'VS-13.4' }, recipients: ['complainant', 'respondent'] },
  },
  notReferred: { resumes: 'where-the-question-arose' },
  mustRefer: ['VS-7.2', 'VS-7.4', 'VS-12.2'],
  refusalRule: 'VS-13.1',
  refusals: {
    'refuses-to-comply-with-procedure': {
      rule: 'VS-13.1',
      parties: ['respondent'],
      respondentMayBeReferred: true,
      description: 'The Participant refuses to comply with the Procedure: the referral question arises',
    },
  },
};
