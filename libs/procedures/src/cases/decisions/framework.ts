import { RuleViolation } from '@pdr/event-sourcing';
import type { Rulebook } from '../../rulebooks/rulebook';

/** The framework a complaint is brought under: named explicitly, or implied when the rulebook has only one. */
export function resolveFramework(rulebook: Rulebook, requested: string | undefined): string {
  if (requested === undefined) {
    if (rulebook.frameworks.length === 1) return rulebook.frameworks[0].id;
    throw new RuleViolation(
      'unprocessable',
      rulebook.frameworkRule,
      `a complaint under ${rulebook.id} must name its framework: one of ${rulebook.frameworks.map((f) => f.id).join(', ')}`,
      'framework',
    );
  }
  if (!rulebook.frameworks.some((framework) => framework.id === requested)) {
    throw new RuleViolation(
      'unprocessable',
      rulebook.frameworkRule,
      `framework "${requested}" is not covered by ${rulebook.id}: one of ${rulebook.frameworks.map((f) => f.id).join(', ')}`,
      'framework',
    );
  }
  return requested;
}
