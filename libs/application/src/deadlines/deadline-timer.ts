import { periodEndedAt } from '@pdr/procedures';
import type { Timer } from '../ports/scheduler.port';
import type { PendingDeadline } from './pending-deadline-source';

/**
 * One timer per deadline, its id derived from the deadline so arming twice is harmless. It fires once the period has
 * ended (the millisecond after `dueAt`), never in the last millisecond, when a submission is still on time.
 */
export function deadlineTimer(caseId: string, deadlineId: string, dueAt: string): Timer {
  return { timerId: deadlineTimerId(caseId, deadlineId), dueAt: periodEndedAt(dueAt), payload: { caseId, deadlineId } };
}

export function deadlineTimerId(caseId: string, deadlineId: string): string {
  return `deadline.${caseId}.${deadlineId}`;
}

/** A deadline on a business's stream: its timer carries ids only, the business's and the deadline's. */
export function businessDeadlineTimer(businessId: string, deadlineId: string, dueAt: string): Timer {
  return { timerId: businessDeadlineTimerId(businessId, deadlineId), dueAt: periodEndedAt(dueAt), payload: { businessId, deadlineId } };
}

export function businessDeadlineTimerId(businessId: string, deadlineId: string): string {
  return `business-deadline.${businessId}.${deadlineId}`;
}

/** The timer of any pending deadline, by the stream it lives on. */
export function timerOf(deadline: PendingDeadline): Timer {
  return deadline.businessId !== undefined ? businessDeadlineTimer(deadline.businessId, deadline.deadlineId, deadline.dueAt) : deadlineTimer(deadline.caseId, deadline.deadlineId, deadline.dueAt);
}
