import { bbbEuSafeHarbor } from './bbb-eu-safe-harbor';
import type { Rulebook } from './rulebook';
import { verasafe2016 } from './verasafe-2016';

export const RULEBOOKS: readonly Rulebook[] = [bbbEuSafeHarbor, verasafe2016];

const byId = new Map(RULEBOOKS.map((rulebook) => [rulebook.id, rulebook]));

export function findRulebook(id: string): Rulebook | undefined {
  return byId.get(id);
}

export const RULEBOOK_IDS = RULEBOOKS.map((rulebook) => rulebook.id);
