import { RuleViolation } from '@pdr/event-sourcing';
import type { ConciliationRules } from '../../rulebooks/conciliation-rules';
import { requireOpenCase, rulebookOf } from '../case-guards';
import type { CaseState, OpenCase } from '../case.state';

/**
 * The case a conciliation command acts on: open, under a rulebook with conciliation, and in one of the stages
 * `stagesOf` names; otherwise 409 naming the rule `ruleOf` picks.
 */
export function requireConciliationStage(
  state: CaseState,
  caseId: string,
  ruleOf: (rules: ConciliationRules) => string,
  stagesOf: (rules: ConciliationRules) => readonly string[],
  what: string,
): { open: OpenCase; rules: ConciliationRules } {
  const open = requireOpenCase(state, caseId);
  const rules = rulebookOf(open).conciliation;
  if (!rules) throw new RuleViolation('conflict', open.rulebook.id, `${open.rulebook.id} has no conciliation and settlement step`);
  const stages = stagesOf(rules);
  if (!stages.includes(open.stage)) throw new RuleViolation('conflict', ruleOf(rules), `${what} happens in ${stages.join(' or ')}; the case is in ${open.stage}`);
  return { open, rules };
}

export const inConciliation = (rules: ConciliationRules) => [rules.stage];
