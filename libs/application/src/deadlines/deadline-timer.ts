import { periodEndedAt } from '@pdr/procedures';
import type { Timer } from '../ports/scheduler.port';

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
