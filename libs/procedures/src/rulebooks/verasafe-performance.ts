import type { NonPerformance, PerformanceRules } from './performance-rules';
import { VERASAFE_OUTCOMES } from './verasafe-outcomes';

const BOTH_PARTIES = ['complainant', 'respondent'] as const;

/**
 * VS-12.2: the Participant's failure to comply with a Settlement or Reparation Order is "duly noted in the next Annual
 * Procedure Report" (the noncompliance matter) and VeraSafe "shall refer the matter … pursuant to Section 13": the
 * referral question is raised under VS-12.2, which `referral.mustRefer` lists, so only referring answers it.
 */
const notPerformed = (reason: string): NonPerformance => ({ referralRule: 'VS-12.2', reason, noted: 'noncompliance', referralStage: 'referral-decision' });

/**
 * VS-12: the VeraSafe Program Administrator monitors the Participant's compliance with Settlement Agreements (reached
 * at the Mediation Teleconference, VS-7.4 (iii), monitored once their terms went to both Parties) and Reparation Orders
 * (a Hearing Decision's, VS-8.4(c)(i), or an Appellate Hearing's, VS-9.4). Satisfied with the performance: the
 * Complaint closes "Closed by Settlement" or "Closed by Performance of Reparation Order", the Parties duly notified (VS-12.1 (a)).
 */
export const VERASAFE_PERFORMANCE: PerformanceRules = {
  rule: 'VS-12.1',
  nonPerformanceRule: 'VS-12.2',
  undertakings: [
    {
      id: 'settlement',
      name: 'the Settlement Agreement',
      // Where the mediation's Settlement leads once its terms were sent (verasafe-mediation.ts, `performanceStage`).
      stage: 'settlement-performance',
      performed: {
        rule: 'VS-12.1',
        closure: VERASAFE_OUTCOMES.closedBySettlement,
        notify: { notice: { kind: 'outcome-closed-by-settlement', rule: 'VS-12.1' }, recipients: BOTH_PARTIES },
      },
      notPerformed: notPerformed('settlement-not-performed'),
    },
    {
      id: 'reparation-order',
      name: 'the Reparation Order',
      // Where a Hearing Decision that issues a Reparation Order (VS-8.4(c)(i)) leads.
      stage: 'reparation-performance',
      performed: {
        rule: 'VS-12.1',
        closure: VERASAFE_OUTCOMES.closedByReparationOrder,
        notify: { notice: { kind: 'outcome-closed-by-performance-of-reparation-order', rule: 'VS-12.1' }, recipients: BOTH_PARTIES },
      },
      notPerformed: notPerformed('reparation-order-not-performed'),
    },
  ],
};
