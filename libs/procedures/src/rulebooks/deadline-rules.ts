import type { DeadlineRule } from '../deadlines/deadline-rule';
import type { Rulebook } from './rulebook';

const UNITS: readonly unknown[] = ['business-days', 'calendar-days'];

function isDeadlineRule(value: object): value is DeadlineRule {
  const candidate = value as Partial<Record<keyof DeadlineRule, unknown>>;
  return typeof candidate.kind === 'string' && typeof candidate.rule === 'string' && typeof candidate.count === 'number' && UNITS.includes(candidate.unit);
}

const byRulebook = new WeakMap<Rulebook, ReadonlyMap<string, DeadlineRule>>();

/**
 * Every period a rulebook sets, by kind: its `DeadlineRule`s, wherever its data holds them (the information request,
 * each part's periods). A kind names one period; a rulebook naming two different periods by one kind is a fault.
 */
export function deadlineRulesOf(rulebook: Rulebook): ReadonlyMap<string, DeadlineRule> {
  const known = byRulebook.get(rulebook);
  if (known) return known;
  const found = new Map<string, DeadlineRule>();
  const visit = (value: unknown): void => {
    if (!value || typeof value !== 'object') return;
    if (Array.isArray(value)) return value.forEach(visit);
    if (isDeadlineRule(value)) {
      const other = found.get(value.kind);
      if (other && (other.rule !== value.rule || other.extendable !== value.extendable)) throw new Error(`${rulebook.id} version ${rulebook.version} names two periods "${value.kind}"`);
      found.set(value.kind, value);
      return;
    }
    Object.values(value).forEach(visit);
  };
  visit(rulebook);
  byRulebook.set(rulebook, found);
  return found;
}

/**
 * BBB-4.5.4, VS-8.4a: whether the administrator may extend a period of this kind for good cause. The rulebook says
 * so on the period (`extendable: true`); a period it does not mark, or does not know, is not extendable.
 */
export function isExtendable(rulebook: Rulebook, kind: string): boolean {
  return deadlineRulesOf(rulebook).get(kind)?.extendable === true;
}

/** The kinds of period the rulebook lets its administrator extend. */
export function extendableDeadlineKinds(rulebook: Rulebook): string[] {
  return [...deadlineRulesOf(rulebook).values()].filter((deadline) => deadline.extendable === true).map((deadline) => deadline.kind);
}
