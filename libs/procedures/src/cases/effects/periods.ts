import type { BusinessCalendar } from '@pdr/calendar';
import { RuleViolation } from '@pdr/event-sourcing';
import { computeDue } from '../../deadlines/compute-due';
import type { DeadlineRule } from '../../deadlines/deadline-rule';
import type { DeadlineMet, DeadlineSet } from '../../deadlines/deadline.events';
import { type DeadlineState, nextDeadlineId } from '../../deadlines/deadline.state';
import { periodHasEnded } from '../../deadlines/period-end';
import { assertReceivedNotInFuture } from '../../shared/instants';
import { rulebookOf } from '../case-guards';
import type { OpenCase } from '../case.state';

// A leaf: every part sets, finds and meets periods, so this imports no decider (issue 10).

/** A period that starts at `at` (a request sent, a document received), counted in the rulebook's calendar. */
export function setDeadline(open: OpenCase, calendar: BusinessCalendar, deadline: DeadlineRule, basis: { event: string; at: string }): DeadlineSet {
  if (calendar.id !== rulebookOf(open).calendarId) throw new Error(`${open.rulebook.id} counts in calendar ${rulebookOf(open).calendarId}, not ${calendar.id}`);
  return {
    type: 'DeadlineSet',
    data: {
      caseId: open.caseId,
      deadlineId: nextDeadlineId(open.deadlines, deadline.kind),
      kind: deadline.kind,
      rule: deadline.rule,
      basis,
      calendarId: calendar.id,
      count: deadline.count,
      unit: deadline.unit,
      ...computeDue(calendar, basis.at, deadline),
    },
  };
}

/** The latest deadline of this kind on the case, if any. */
export function latestDeadline(open: OpenCase, kind: string): DeadlineState | undefined {
  return Object.values(open.deadlines)
    .filter((deadline) => deadline.kind === kind)
    .at(-1);
}

/**
 * A submission against its period (BBB-4.5.4, VS-8.4a): refused under `lateRule` when received after the period
 * ended, unless the period was extended for good cause first. A period not yet running (the previous document's
 * receipt not yet recorded) does not bar an early submission. Returns the DeadlineMet to record, if a period was running.
 */
export function meetDeadline(open: OpenCase, lateRule: string, kind: string, receivedAt: string, issuedAt: string): DeadlineMet[] {
  assertReceivedNotInFuture(receivedAt, issuedAt);
  const deadline = latestDeadline(open, kind);
  if (!deadline) return [];
  if (deadline.status !== 'pending' || periodHasEnded(deadline.dueAt, receivedAt)) {
    throw new RuleViolation('conflict', lateRule, `received after its time limit (${deadline.rule}, due ${deadline.dueAt}): a late submission is not accepted unless the period is extended for good cause first`, 'receivedAt');
  }
  return [{ type: 'DeadlineMet', data: { caseId: open.caseId, deadlineId: deadline.deadlineId, metAt: receivedAt } }];
}

/** Text a rule requires (a summary, a reason), refused under that rule when blank. */
export function requireText(text: string | undefined, rule: string, field = 'summary'): string {
  if (!text || !text.trim()) throw new RuleViolation('unprocessable', rule, `the ${field} is required`, field);
  return text;
}
