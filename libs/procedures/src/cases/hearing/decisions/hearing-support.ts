import { RuleViolation } from '@pdr/event-sourcing';
import type { HearingRules } from '../../../rulebooks/hearing-rules';
import { requireOpenCase, rulebookOf } from '../../case-guards';
import type { CaseState, OpenCase } from '../../case.state';

/** The open case and its rulebook's hearing rules: a rulebook without a hearing refuses every hearing command. */
export function requireHearingRules(state: CaseState, caseId: string): { open: OpenCase; rules: HearingRules } {
  const open = requireOpenCase(state, caseId);
  const rules = rulebookOf(open).hearing;
  if (!rules) throw new RuleViolation('conflict', 'HEARING-NOT-PROVIDED', `${open.rulebook.id} has no hearing procedure`);
  return { open, rules };
}
