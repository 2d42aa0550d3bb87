import { RuleViolation } from '@pdr/event-sourcing';
import type { MediationRules } from '../../rulebooks/mediation-rules';
import { requireOpenCase, rulebookOf } from '../case-guards';
import type { CaseState, OpenCase } from '../case.state';

/** The open case, its rulebook's mediation, and a stage the step is taken in (409 naming the teleconference's rule otherwise). */
export function requireMediationStage(state: CaseState, caseId: string, stages: (rules: MediationRules) => readonly string[], what: string): { open: OpenCase; rules: MediationRules } {
  const open = requireOpenCase(state, caseId);
  const rules = rulebookOf(open).mediation;
  if (!rules) throw new RuleViolation('conflict', 'MEDIATION-NOT-PROVIDED', `${open.rulebook.id} has no mediation`);
  if (!stages(rules).includes(open.stage)) throw new RuleViolation('conflict', rules.teleconference.rule, `${what} is not possible while the case is in ${open.stage}`);
  return { open, rules };
}
