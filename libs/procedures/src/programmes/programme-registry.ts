import { RuleViolation } from '@pdr/event-sourcing';
import type { Programme } from '../rulebooks/programme-rules';
import { SHIPPED_PROGRAMMES } from '../rulebooks/programmes/shipped-programmes';

const byId = new Map<string, Programme>(SHIPPED_PROGRAMMES.map((programme) => [programme.id, programme]));
const byFormerId = new Map<string, Programme>(SHIPPED_PROGRAMMES.flatMap((programme) => (programme.formerIds ?? []).map((id) => [id, programme] as const)));

export const PROGRAMME_IDS: readonly string[] = SHIPPED_PROGRAMMES.map((programme) => programme.id);

export function findProgramme(id: string): Programme | undefined {
  return byId.get(id);
}

/** The programme a command names, or a refusal naming the field (422 PROGRAMME-UNKNOWN). */
export function requireProgramme(id: string, field = 'programmeId'): Programme {
  const programme = byId.get(id);
  if (!programme) throw new RuleViolation('unprocessable', 'PROGRAMME-UNKNOWN', `no programme "${id}": one of ${PROGRAMME_IDS.join(', ')}`, field);
  return programme;
}

/** The programme an id recorded before programmes were their own concept stands for (participation by rulebook id). */
export function programmeIdOf(recorded: string): string {
  return byFormerId.get(recorded)?.id ?? recorded;
}

/**
 * The programme a complaint filed without naming one is under: the rulebook's own programme (its id is the rulebook's
 * or was, `formerIds`). Cases filed before programmes existed are read this way too.
 */
export function defaultProgrammeOf(rulebookId: string): Programme | undefined {
  return byId.get(rulebookId) ?? byFormerId.get(rulebookId);
}
