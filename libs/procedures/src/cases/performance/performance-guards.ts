import { RuleViolation } from '@pdr/event-sourcing';
import { type MonitoredUndertaking, type PerformanceRules, undertakingMonitoredIn } from '../../rulebooks/performance-rules';
import { requireOpenCase, rulebookOf } from '../case-guards';
import type { CaseState, OpenCase } from '../case.state';

/**
 * The open case, its rulebook's performance monitoring, and the undertaking monitored in the case's stage; outside
 * every monitored stage the step is refused (409) under the rule `refusedUnder` names.
 */
export function requireMonitoredUndertaking(
  state: CaseState,
  caseId: string,
  refusedUnder: (rules: PerformanceRules) => string,
  what: string,
): { open: OpenCase; rules: PerformanceRules; undertaking: MonitoredUndertaking } {
  const open = requireOpenCase(state, caseId);
  const rules = rulebookOf(open).performance;
  if (!rules) throw new RuleViolation('conflict', 'PERFORMANCE-NOT-MONITORED', `${open.rulebook.id} monitors no performance`);
  const undertaking = undertakingMonitoredIn(rules, open.stage);
  if (!undertaking) {
    const monitored = rules.undertakings.map((candidate) => `${candidate.name} in ${candidate.stage}`).join(', ');
    throw new RuleViolation('conflict', refusedUnder(rules), `${what} is not possible while the case is in ${open.stage}: performance is monitored for ${monitored}`);
  }
  return { open, rules, undertaking };
}
