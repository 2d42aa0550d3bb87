import { RuleViolation } from '@pdr/event-sourcing';

/**
 * System rule FIELD-REQUIRED: a command lacks something its event must carry. The HTTP boundary refuses such a
 * request first (400); deciders check again so that no caller (a worker, a script, a future adapter) can append an
 * incomplete event. Messages name the field and never echo the value.
 */
export const FIELD_REQUIRED = 'FIELD-REQUIRED';

const refuse = (field: string, what: string) => new RuleViolation('unprocessable', FIELD_REQUIRED, `${field} is required: ${what}`, field);

/** Text with at least one non-blank character. */
export function requireText(value: unknown, field: string): string {
  if (typeof value !== 'string' || value.trim() === '') throw refuse(field, 'a non-blank text');
  return value;
}

/** A plain object (not an array). */
export function requireRecord(value: unknown, field: string): Readonly<Record<string, unknown>> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw refuse(field, 'an object');
  return value as Record<string, unknown>;
}

/** A non-empty list of non-blank texts. */
export function requireTextList(value: unknown, field: string): readonly string[] {
  if (!Array.isArray(value) || value.length === 0) throw refuse(field, 'a non-empty list');
  value.forEach((item, index) => requireText(item, `${field}[${index}]`));
  return value;
}

/** One of a fixed set of values. */
export function requireOneOf<T extends string>(value: unknown, allowed: readonly T[], field: string): T {
  if (!allowed.includes(value as T)) throw refuse(field, `one of ${allowed.join(', ')}`);
  return value as T;
}
