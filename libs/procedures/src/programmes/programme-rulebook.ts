import type { Programme } from '../rulebooks/programme-rules';
import type { Rulebook } from '../rulebooks/rulebook';

const composed = new Map<string, Rulebook>();

/**
 * The rules a complaint under `programme` is decided by: its rulebook, with the programme's own eligibility conditions
 * after the rulebook's (CASRO-5) and its closures in the outcome catalogue. A programme that adds nothing is its
 * rulebook itself. Composed once per rulebook version and programme.
 */
export function withProgramme(rulebook: Rulebook, programme: Programme | undefined): Rulebook {
  if (!programme || (!programme.eligibility?.length && !programme.outcomes)) return rulebook;
  const key = `${rulebook.id}@${rulebook.version}#${programme.id}`;
  let rules = composed.get(key);
  if (!rules) {
    rules = {
      ...rulebook,
      eligibility: { ...rulebook.eligibility, conditions: [...rulebook.eligibility.conditions, ...(programme.eligibility ?? [])] },
      outcomes: { ...rulebook.outcomes, ...(programme.outcomes ?? {}) },
    };
    composed.set(key, rules);
  }
  return rules;
}
