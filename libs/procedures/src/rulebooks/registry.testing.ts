import { registerRulebookVersion } from './registered-versions';
import type { Rulebook } from './rulebook';

/**
 * Tests only: runs `fn` with `rulebook` registered as the latest version of its id (so new complaints are filed under
 * it), then takes it back, also when `fn` throws or its promise rejects. Production versions are data in the rulebook's
 * module (e.g. bbbEuSafeHarborVersions), never registered at run time.
 */
export function withRegisteredRulebook<T>(rulebook: Rulebook, fn: () => T): T {
  const unregister = registerRulebookVersion(rulebook);
  let result: T;
  try {
    result = fn();
  } catch (error) {
    unregister();
    throw error;
  }
  if (result instanceof Promise) return result.finally(unregister) as T;
  unregister();
  return result;
}

/** A new version of `base` with some of its data changed: what a revision of the written rules looks like. */
export function revisedRulebook(base: Rulebook, version: string, changes: Partial<Omit<Rulebook, 'id' | 'version'>>): Rulebook {
  return { ...base, ...changes, version };
}
