import type { DeadlineLapsed } from '../../deadlines/deadline.events';
import { periodHasEnded } from '../../deadlines/period-end';
import type { RecordDeadlineLapse } from '../case.commands';
import type { CaseEvent } from '../case.events';
import type { CaseState } from '../case.state';
import { lapseConsequences } from '../lapse-consequences';
import { appealWindowLapsed } from '../outcomes/appeal-window';

/**
 * A timer says a deadline's time has come. The decider re-checks: a deadline already met, cancelled or
 * lapsed, or whose period has not ended yet (an early or duplicate firing), produces nothing. Otherwise the lapse is recorded
 * with what the procedure prescribes for that kind of deadline.
 */
export function recordLapse(command: RecordDeadlineLapse, state: CaseState): CaseEvent[] {
  if (state.status === 'none') return [];
  const deadline = state.deadlines[command.deadlineId];
  if (!deadline || deadline.status !== 'pending') return [];
  // A period ends once its last day is over: in its last millisecond (`dueAt`) a submission is still on time.
  if (!periodHasEnded(deadline.dueAt, command.issuedAt)) return [];
  const lapsed: DeadlineLapsed = { type: 'DeadlineLapsed', data: { caseId: command.caseId, deadlineId: deadline.deadlineId, dueAt: deadline.dueAt, observedAt: command.issuedAt } };
  // A closed case runs one period only: the appeal window of its closure (VS-5.5(a)), whose lapse makes the closure final.
  if (state.status === 'closed') {
    const final = appealWindowLapsed(state, deadline, command.issuedAt);
    return final.length > 0 ? [lapsed, ...final] : [];
  }
  return [lapsed, ...lapseConsequences(state, deadline, command.issuedAt)];
}
