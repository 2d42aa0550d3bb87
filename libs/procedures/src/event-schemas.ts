import { UpcasterRegistry } from '@pdr/event-sourcing';

/**
 * The upcasters of every procedure event. Empty while all events are at schema version 1;
 * a schema change registers its step here (fromVersion n → n + 1) and the stored events stay as they are.
 */
export function procedureUpcasters(): UpcasterRegistry {
  return new UpcasterRegistry();
}
