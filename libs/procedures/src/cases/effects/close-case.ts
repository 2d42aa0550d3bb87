import type { DeadlineCancelled } from '../../deadlines/deadline.events';
import type { ClosureRule } from '../../deadlines/deadline-rule';
import { pendingDeadlines } from '../../deadlines/deadline.state';
import type { CaseClosed, CaseEvent } from '../case.events';
import type { OpenCase } from '../case.state';

// A leaf: commands and lapses alike close the case, so this imports no decider and no lapse or cure registry (issue 10).

/** Closing makes every other running period moot. */
export function closeCase(state: OpenCase, closure: ClosureRule, at: string, except?: string): CaseEvent[] {
  const moot: DeadlineCancelled[] = pendingDeadlines(state.deadlines)
    .filter((deadline) => deadline.deadlineId !== except)
    .map((deadline) => ({ type: 'DeadlineCancelled', data: { caseId: state.caseId, deadlineId: deadline.deadlineId, reason: `case closed: ${closure.reason}` } }));
  const closed: CaseClosed = { type: 'CaseClosed', data: { caseId: state.caseId, reason: closure.reason, rule: closure.rule, label: closure.label, closedAt: at } };
  return [...moot, closed];
}
