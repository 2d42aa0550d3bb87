import type { CaseEvent } from '../case.events';
import type { CaseState } from '../case.state';
import { closeCase } from '../effects/close-case';
import { notedForReport } from '../effects/noted-for-report';
import { notice } from '../effects/notices';
import { requireText } from '../effects/periods';
import type { ConfirmPerformance, PerformanceCommand, RecordNonPerformance } from './performance.commands';
import { requireMonitoredUndertaking } from './performance-guards';

/**
 * VS-12.1 (a): satisfied with the performance of the undertaking monitored now, the administrator closes the case with
 * its outcome (from the catalogue), each Party the rulebook names notified.
 */
function confirmPerformance(command: ConfirmPerformance, state: CaseState): CaseEvent[] {
  const { open, rules, undertaking } = requireMonitoredUndertaking(state, command.caseId, (r) => r.rule, 'confirming performance');
  const { performed } = undertaking;
  const verified = requireText(command.verified, performed.rule, 'verified');
  const at = command.issuedAt;
  return [
    { type: 'PerformanceConfirmed', data: { caseId: open.caseId, rule: rules.rule, undertaking: undertaking.id, verified, verifiedBy: command.verifiedBy, confirmedAt: at } },
    ...performed.notify.recipients.map((recipient, index) => notice(open, performed.notify.notice, recipient, at, index)),
    ...closeCase(open, performed.closure, at),
  ];
}

/**
 * VS-12.2: the Respondent failed to perform: recorded, noted for the next report (when the rulebook's report notes the
 * matter) and the referral question raised under the rule that says so. No period of the question's lapsed: a cure
 * (VS-13.2) returns the case to the stage it was monitored in.
 */
function recordNonPerformance(command: RecordNonPerformance, state: CaseState): CaseEvent[] {
  const { open, rules, undertaking } = requireMonitoredUndertaking(state, command.caseId, (r) => r.nonPerformanceRule, 'recording failure to perform');
  const { notPerformed } = undertaking;
  const details = requireText(command.details, rules.nonPerformanceRule, 'details');
  const at = command.issuedAt;
  return [
    { type: 'NonPerformanceRecorded', data: { caseId: open.caseId, rule: rules.nonPerformanceRule, undertaking: undertaking.id, details, recordedBy: command.recordedBy, recordedAt: at } },
    ...notedForReport(open, notPerformed.noted, at),
    {
      type: 'ReferralDecisionRequired',
      data: { caseId: open.caseId, rule: notPerformed.referralRule, reason: notPerformed.reason, deadlineId: '', deadlineRule: rules.nonPerformanceRule, stage: notPerformed.referralStage, requiredAt: at },
    },
  ];
}

/** Performance of what the procedure's outcomes require of the Respondent (VS-12). */
export function decidePerformance(command: PerformanceCommand, state: CaseState): CaseEvent[] {
  switch (command.kind) {
    case 'ConfirmPerformance':
      return confirmPerformance(command, state);
    case 'RecordNonPerformance':
      return recordNonPerformance(command, state);
  }
}
