import type { Timer } from '../ports/scheduler.port';

/** One timer per deadline, its id derived from the deadline so arming twice is harmless. */
export function deadlineTimer(caseId: string, deadlineId: string, dueAt: string): Timer {
  return { timerId: deadlineTimerId(caseId, deadlineId), dueAt, payload: { caseId, deadlineId } };
}

export function deadlineTimerId(caseId: string, deadlineId: string): string {
  return `deadline.${caseId}.${deadlineId}`;
}
