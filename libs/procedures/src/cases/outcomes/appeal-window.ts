import type { BusinessCalendar } from '@pdr/calendar';
import { computeDue } from '../../deadlines/compute-due';
import type { DeadlineSet } from '../../deadlines/deadline.events';
import { type DeadlineState, nextDeadlineId } from '../../deadlines/deadline.state';
import type { ClosureAppeal, Outcome } from '../../rulebooks/outcome-rules';
import { outcomeOf } from '../../rulebooks/outcome-rules';
import { rulebookOf } from '../case-guards';
import type { OpenCase } from '../case.state';
import type { ClosureBecameFinal } from './outcome.events';

// A leaf like effects/: closing (any part, command or lapse) and the lapse registry use it, so it imports no decider.

/** The outcome the case closed with, and the appeal it opens, if it opens one. */
export function closedOutcome(state: OpenCase): { outcome: Outcome; appeal: ClosureAppeal } | undefined {
  const closure = state.closure;
  if (state.status !== 'closed' || !closure?.label) return undefined;
  const outcome = outcomeOf(rulebookOf(state).outcomes, { reason: closure.reason, rule: closure.rule, label: closure.label });
  return outcome?.appeal ? { outcome, appeal: outcome.appeal } : undefined;
}

/**
 * The appeal window, from receipt of the notice of closing sent at `at`. Only where sending is receiving (VS-3.3): where
 * receipt is recorded later (BBB-8.7) the window would start on that record, which no rulebook needs yet, so it is refused.
 */
export function openAppealWindow(state: OpenCase, appeal: ClosureAppeal, calendar: BusinessCalendar, at: string): DeadlineSet {
  const rulebook = rulebookOf(state);
  if (rulebook.transmittal.receipt !== 'on-transmission') throw new Error(`${rulebook.id}: an appeal window after receipt of the closing notice needs receipt on transmission`);
  if (calendar.id !== rulebook.calendarId) throw new Error(`${rulebook.id} counts in calendar ${rulebook.calendarId}, not ${calendar.id}`);
  const { window } = appeal;
  return {
    type: 'DeadlineSet',
    data: {
      caseId: state.caseId, deadlineId: nextDeadlineId(state.deadlines, window.kind), kind: window.kind, rule: window.rule,
      basis: { event: 'CaseClosed', at }, calendarId: calendar.id, count: window.count, unit: window.unit, ...computeDue(calendar, at, window),
    },
  };
}

export function closureFinal(state: OpenCase, closure: { reason: string; rule: string; label: string }, cause: ClosureBecameFinal['data']['cause'], at: string): ClosureBecameFinal {
  return { type: 'ClosureBecameFinal', data: { caseId: state.caseId, rule: closure.rule, reason: closure.reason, label: closure.label, cause, finalAt: at } };
}

/** The appeal window of the case's closure lapsed unused: the closure is final (an appeal in time already met the window). */
export function appealWindowLapsed(state: OpenCase, lapsed: DeadlineState, at: string): ClosureBecameFinal[] {
  const closed = closedOutcome(state);
  if (!closed || lapsed.kind !== closed.appeal.window.kind || state.closure?.final) return [];
  return [closureFinal(state, closed.outcome, 'appeal-window-lapsed', at)];
}
