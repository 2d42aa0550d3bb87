import { createHash } from 'node:crypto';

const CANONICAL_UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/**
 * The ESDB event id for one of our event ids. ESDB ids must be UUIDs and come back in lower case, so an
 * id that is not a canonical lower-case UUID maps to a UUID derived from it (same id, same UUID: ESDB's
 * idempotency still recognises a retried batch). The original id then travels in the event metadata.
 */
export function toEsdbEventId(eventId: string): string {
  if (CANONICAL_UUID.test(eventId)) return eventId;
  const hex = createHash('sha256').update(eventId).digest('hex');
  const variant = ((parseInt(hex[16], 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}
