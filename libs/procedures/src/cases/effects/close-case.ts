import type { BusinessCalendar } from '@pdr/calendar';
import type { DeadlineCancelled } from '../../deadlines/deadline.events';
import type { ClosureRule } from '../../deadlines/deadline-rule';
import { pendingDeadlines } from '../../deadlines/deadline.state';
import { outcomeOf } from '../../rulebooks/outcome-rules';
import type { CaseClosed, CaseEvent } from '../case.events';
import { rulebookOf } from '../case-guards';
import type { OpenCase } from '../case.state';
import { closureFinal, openAppealWindow } from '../outcomes/appeal-window';

// A leaf: commands and lapses alike close the case, so this imports no decider and no lapse or cure registry (issue 10).

/**
 * Closing makes every other running period moot. An outcome that opens an appeal (VS-5.5(a)) keeps a window running
 * instead, counted in `calendar`; after an appeal of it was granted, closing with it again is final at once (the
 * re-examination's "final determination").
 */
export function closeCase(state: OpenCase, closure: ClosureRule, at: string, except?: string, calendar?: BusinessCalendar): CaseEvent[] {
  const moot: DeadlineCancelled[] = pendingDeadlines(state.deadlines)
    .filter((deadline) => deadline.deadlineId !== except)
    .map((deadline) => ({ type: 'DeadlineCancelled', data: { caseId: state.caseId, deadlineId: deadline.deadlineId, reason: `case closed: ${closure.reason}` } }));
  const closed: CaseClosed = { type: 'CaseClosed', data: { caseId: state.caseId, reason: closure.reason, rule: closure.rule, label: closure.label, closedAt: at } };
  const appeal = outcomeOf(rulebookOf(state).outcomes, closure)?.appeal;
  if (!appeal) return [...moot, closed];
  const appealedBefore = state.closureAppeals?.some((record) => record.status === 'granted' && record.reason === closure.reason && record.rule === closure.rule);
  if (appealedBefore) return [...moot, closed, closureFinal(state, closure, 'final-determination', at)];
  if (!calendar) throw new Error(`closing as "${closure.label}" opens an appeal window (${appeal.rule}): the command must carry the rulebook's calendar`);
  return [...moot, closed, openAppealWindow(state, appeal, calendar, at)];
}
