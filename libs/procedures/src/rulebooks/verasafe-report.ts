import type { ProcedureReportRules } from './report-rules';

/**
 * VS-14: VeraSafe's Annual Procedure Report, as data. Each section answers VS-14.1 and names its item, lettered as
 * RULES.md letters the text's list: (a) the types of outcomes; (b) the nature of the Complaints filed; (c) the number
 * filed, with (c)(i) Settlements and Reparation Orders by number and nature, (c)(ii) ineligible Complaints by the
 * specific reason, (c)(iii) each referral with a summary naming the Participant; (d) the minimum, maximum and average
 * time to close. VS-14.2: its statistical summaries are aggregate and anonymous only.
 *
 * Noted in the next Annual Procedure Report: the Participant's failure to file a timely Response to Complaint (VS-7.2),
 * its failure to appear at the Mediation Teleconference (VS-7.4 (ii)), and its failure to comply with a Settlement or a
 * Reparation Order (VS-12.2, once performance is monitored: `noncompliance`).
 */
export const VERASAFE_REPORT: ProcedureReportRules = {
  anonymity: 'VS-14.2',
  outcomeTypes: { rule: 'VS-14.1', item: '(a)' },
  natureOfComplaints: { rule: 'VS-14.1', item: '(b)' },
  complaintsFiled: { rule: 'VS-14.1', item: '(c)' },
  settlementsAndReparationOrders: { rule: 'VS-14.1', item: '(c)(i)' },
  ineligibleComplaints: { rule: 'VS-14.1', item: '(c)(ii)' },
  referralSummaries: { rule: 'VS-14.1', item: '(c)(iii)' },
  timeToClose: { rule: 'VS-14.1', item: '(d)' },
  noted: {
    reportRule: 'VS-14.1',
    matters: { 'respondent-default': 'VS-7.2', 'respondent-absent': 'VS-7.4', noncompliance: 'VS-12.2' },
  },
};
