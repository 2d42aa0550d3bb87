import type { DeadlineRule } from './deadline-rule';

/**
 * The kinds of every period a part's rules declare, found in the data itself (any `{ kind, rule, count, unit }`): what
 * a part owns in a rulebook is what that rulebook's data gives it, so a kind name alone never routes a lapse.
 */
export function deadlineKindsIn(rules: unknown): ReadonlySet<string> {
  const kinds = new Set<string>();
  const visit = (node: unknown, depth: number): void => {
    if (node === null || typeof node !== 'object' || depth > 8) return;
    if (isDeadlineRule(node)) kinds.add(node.kind);
    for (const value of Object.values(node)) visit(value, depth + 1);
  };
  visit(rules, 0);
  return kinds;
}

function isDeadlineRule(node: object): node is DeadlineRule {
  const candidate = node as Partial<DeadlineRule>;
  return typeof candidate.kind === 'string' && typeof candidate.rule === 'string' && typeof candidate.count === 'number' && (candidate.unit === 'business-days' || candidate.unit === 'calendar-days');
}
