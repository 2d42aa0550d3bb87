import type { RulebookRef } from '@pdr/event-sourcing';
import { bbbEuSafeHarborVersions } from './bbb-eu-safe-harbor';
import type { Rulebook } from './rulebook';
import { verasafe2016Versions } from './verasafe-2016';

/** Every version of every rulebook the service ships, as data: each rulebook's versions oldest first. */
export const SHIPPED_RULEBOOK_VERSIONS: readonly Rulebook[] = [...bbbEuSafeHarborVersions, ...verasafe2016Versions];

// In registration order: per id, the last registered is the version new complaints are filed under. Only tests
// register more, for a while (registry.testing.ts); this module is not part of the library's public API.
const registered: Rulebook[] = [...SHIPPED_RULEBOOK_VERSIONS];

const sameVersion = (a: RulebookRef, b: RulebookRef) => a.id === b.id && a.version === b.version;

export function registeredRulebookVersions(): readonly Rulebook[] {
  return registered;
}

/**
 * Registers another version of a rulebook the service ships; answers how to take it back. A version already
 * registered is refused: the rules a running case was filed under never change under it.
 */
export function registerRulebookVersion(rulebook: Rulebook): () => void {
  if (!registered.some((known) => known.id === rulebook.id)) throw new Error(`no rulebook "${rulebook.id}" to register a version of`);
  if (registered.some((known) => sameVersion(known, rulebook))) {
    throw new Error(`${rulebook.id} version ${rulebook.version} is already registered: changed rules are a new version`);
  }
  registered.push(rulebook);
  return () => {
    const at = registered.indexOf(rulebook);
    if (at >= 0) registered.splice(at, 1);
  };
}
