import type { BusinessCalendar } from '@pdr/calendar';
import { RuleViolation } from '@pdr/event-sourcing';
import { computeDue } from '../../../deadlines/compute-due';
import type { DeadlineRule, NoticeRule } from '../../../deadlines/deadline-rule';
import type { DeadlineMet, DeadlineSet } from '../../../deadlines/deadline.events';
import { type DeadlineState, nextDeadlineId } from '../../../deadlines/deadline.state';
import { periodHasEnded } from '../../../deadlines/period-end';
import type { HearingRules } from '../../../rulebooks/hearing-rules';
import { assertReceivedNotInFuture } from '../../../shared/instants';
import type { NoticeSent } from '../../case.events';
import { requireOpenCase, rulebookOf } from '../../case-guards';
import type { CaseState, OpenCase } from '../../case.state';
import type { HearingParty } from '../hearing.events';

/** The open case and its rulebook's hearing rules: a rulebook without a hearing refuses every hearing command. */
export function requireHearingRules(state: CaseState, caseId: string): { open: OpenCase; rules: HearingRules } {
  const open = requireOpenCase(state, caseId);
  const rules = rulebookOf(open).hearing;
  if (!rules) throw new RuleViolation('conflict', 'HEARING-NOT-PROVIDED', `${open.rulebook.id} has no hearing procedure`);
  return { open, rules };
}

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
 * A submission against its period (BBB-4.5.4): refused when received after the period ended, unless the period was
 * extended for good cause first. A period not yet running (the previous document's receipt not yet recorded) does
 * not bar an early submission. Returns the DeadlineMet to record, if a period was running.
 */
export function meetDeadline(open: OpenCase, rules: HearingRules, kind: string, receivedAt: string, issuedAt: string): DeadlineMet[] {
  assertReceivedNotInFuture(receivedAt, issuedAt);
  const deadline = latestDeadline(open, kind);
  if (!deadline) return [];
  if (deadline.status !== 'pending' || periodHasEnded(deadline.dueAt, receivedAt)) {
    throw new RuleViolation('conflict', rules.lateRule, `received after its time limit (${deadline.rule}, due ${deadline.dueAt}): a late submission is not accepted unless the period is extended for good cause first`, 'receivedAt');
  }
  return [{ type: 'DeadlineMet', data: { caseId: open.caseId, deadlineId: deadline.deadlineId, metAt: receivedAt } }];
}

/** The stage a submission is accepted in; once the record is with the Panelist or referral is pending, it is late. */
export function requireStage(open: OpenCase, rules: HearingRules, accepted: readonly string[], rule: string, what: string): void {
  if (accepted.includes(open.stage)) return;
  const over = [rules.stages.panelist, rules.stages.referral].includes(open.stage);
  throw new RuleViolation('conflict', over ? rules.lateRule : rule, over ? `${what}: its time limit has passed (the case is in ${open.stage})` : `${what} is not expected while the case is in ${open.stage}`);
}

/** A written notice from the CBBB to a Party, numbered after those already sent and `earlier` in the same decision. */
export function notice(open: OpenCase, rule: NoticeRule, recipient: HearingParty, at: string, earlier = 0): NoticeSent {
  return {
    type: 'NoticeSent',
    data: { caseId: open.caseId, noticeId: `notice-${open.noticesSent + earlier + 1}`, kind: rule.kind, rule: rule.rule, recipient, channel: 'email', sentAt: at },
  };
}

export function requireText(text: string | undefined, rule: string, field = 'summary'): string {
  if (!text || !text.trim()) throw new RuleViolation('unprocessable', rule, `the ${field} is required`, field);
  return text;
}
