import { boundText } from './echoed-input';
import type { Problem } from './problem.filter';
import type { FieldViolation } from './validation.pipe';

/** Violations listed in one refusal; a body with 10,000 unknown properties does not get 10,000 lines back. */
export const MAX_VIOLATIONS = 20;

function boundViolations(violations: readonly FieldViolation[], inputs: readonly string[]): { violations: FieldViolation[]; violationsOmitted?: number } {
  const kept = violations.slice(0, MAX_VIOLATIONS).map(({ field, problems }) => ({ field: boundText(String(field ?? ''), inputs), problems: (problems ?? []).map((p) => boundText(String(p), inputs)) }));
  return violations.length > MAX_VIOLATIONS ? { violations: kept, violationsOmitted: violations.length - MAX_VIOLATIONS } : { violations: kept };
}

/** The problem with every text bounded (see echoed-input.ts): names the field, quotes at most an excerpt of the input. */
export function boundProblem(problem: Problem, inputs: readonly string[]): Problem {
  const bounded: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(problem)) {
    if (typeof value === 'string') bounded[key] = boundText(value, inputs);
    else if (key === 'violations' && Array.isArray(value)) Object.assign(bounded, boundViolations(value as FieldViolation[], inputs));
    else bounded[key] = value;
  }
  return bounded as unknown as Problem;
}
