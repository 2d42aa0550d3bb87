import { UpcasterRegistry } from '@pdr/event-sourcing';
import { programmeIdOf } from './programmes/programme-registry';

type WithPrograms = { readonly programs?: readonly string[] };
type WithProgram = { readonly program?: string };

/**
 * Issue 12: `program` on the registry's events names a programme, no longer a rulebook. Schema v1 recorded the
 * rulebook's id ('verasafe-2016'); v2 reads it as the programme's ('verasafe'). Ids that were already a programme's
 * ('bbb-eu-safe-harbor') are kept.
 */
const PROGRAMME_IDS_V2 = [
  { type: 'BusinessRegistered', fromVersion: 1, upcast: (data: unknown) => ({ ...(data as WithPrograms), programs: [...new Set(((data as WithPrograms).programs ?? []).map(programmeIdOf))] }) },
  ...['ParticipationBegan', 'ParticipationRenewed', 'ParticipationLapsed'].map((type) => ({
    type,
    fromVersion: 1,
    upcast: (data: unknown) => {
      const { program } = data as WithProgram;
      return program === undefined ? data : { ...(data as object), program: programmeIdOf(program) };
    },
  })),
];

/**
 * The upcasters of every procedure event;
 * a schema change registers its step here (fromVersion n → n + 1) and the stored events stay as they are.
 */
export function procedureUpcasters(): UpcasterRegistry {
  const registry = new UpcasterRegistry();
  for (const upcaster of PROGRAMME_IDS_V2) registry.register(upcaster);
  return registry;
}
