import { RuleViolation } from '@pdr/event-sourcing';
import type { ClosureAppeal, Outcome } from '../../rulebooks/outcome-rules';
import { requireCase } from '../case-guards';
import type { CaseState, OpenCase } from '../case.state';
import { closedOutcome } from './appeal-window';

/**
 * The closed case an appeal command acts on: the one guard that lets a command past a closure (requireOpenCase refuses
 * every other). The case must be closed, with an outcome whose rulebook entry declares an appeal.
 */
export function requireAppealableClosure(state: CaseState, caseId: string): { closed: OpenCase; outcome: Outcome; appeal: ClosureAppeal } {
  const known = requireCase(state, caseId);
  if (known.status !== 'closed') throw new RuleViolation('conflict', 'CASE-NOT-CLOSED', `case ${caseId} is open: only a closure is appealed`);
  const closed = closedOutcome(known);
  const closure = known.closure;
  if (!closed) throw new RuleViolation('conflict', closure?.rule ?? 'CASE-CLOSED', `the closure of case ${caseId} (${closure?.label ?? closure?.reason}) gives no appeal`);
  return { closed: known, ...closed };
}
