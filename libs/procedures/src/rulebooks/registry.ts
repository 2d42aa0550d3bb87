import type { RulebookRef } from '@pdr/event-sourcing';
import { registeredRulebookVersions, SHIPPED_RULEBOOK_VERSIONS } from './registered-versions';
import type { Rulebook } from './rulebook';

/**
 * Rulebooks are pinned: a case is decided, evolved and projected under the exact version it was filed under
 * (`findRulebook` with the case's `{ id, version }`); only filing a complaint or recording a contact, which name a
 * rulebook by id, take the current version (`currentRulebook`).
 */
export function findRulebook(ref: RulebookRef): Rulebook | undefined {
  return registeredRulebookVersions().find((rulebook) => rulebook.id === ref.id && rulebook.version === ref.version);
}

/** The version of rulebook `id` new complaints are filed under: the latest registered. */
export function currentRulebook(id: string): Rulebook | undefined {
  return registeredRulebookVersions().findLast((rulebook) => rulebook.id === id);
}

/** Every version of rulebook `id` the service can decide under, oldest first. */
export function rulebookVersions(id: string): readonly Rulebook[] {
  return registeredRulebookVersions().filter((rulebook) => rulebook.id === id);
}

/** The rulebooks a complaint can be filed under, each in its current version. */
export function currentRulebooks(): readonly Rulebook[] {
  return RULEBOOK_IDS.map((id) => currentRulebook(id)!);
}

/** The ids a command may name (validation); a new version of a rulebook keeps its id. */
export const RULEBOOK_IDS: readonly string[] = [...new Set(SHIPPED_RULEBOOK_VERSIONS.map((rulebook) => rulebook.id))];
