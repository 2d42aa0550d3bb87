import { RuleViolation } from '@pdr/event-sourcing';
import { requireRulebook } from '../rulebooks/require-rulebook';
import type { Rulebook } from '../rulebooks/rulebook';
import type { CaseState, OpenCase } from './case.state';

/** The case a command acts on: it must exist and not be closed. */
export function requireOpenCase(state: CaseState, caseId: string): OpenCase {
  if (state.status === 'none') throw new RuleViolation('not-found', 'CASE-UNKNOWN', `no case ${caseId}`, 'caseId');
  if (state.status === 'closed') throw new RuleViolation('conflict', state.closure?.rule ?? 'CASE-CLOSED', `case ${caseId} is closed (${state.closure?.reason})`);
  return state;
}

export function rulebookOf(state: OpenCase): Rulebook {
  return requireRulebook(state.rulebook.id);
}
