import type { EventMetadata, NewEvent, Role, RulebookRef, SealedFields } from '@pdr/event-sourcing';

/**
 * What we store in an ESDB event's metadata. `$correlationId` and `$causationId` duplicate our ids under
 * the keys ESDB's own tooling reads (the $by_correlation_id projection, the admin UI).
 */
export interface EsdbEventMetadata {
  readonly actorId: string;
  readonly actorRole: Role;
  readonly correlationId: string;
  readonly causationId: string;
  readonly rulebook?: RulebookRef;
  readonly requestFingerprint?: string;
  readonly sealed?: Readonly<Record<string, SealedFields>>;
  readonly schemaVersion: number;
  /** Our event id, only when ESDB could not hold it as its own id (see toEsdbEventId). */
  readonly eventId?: string;
  readonly $correlationId: string;
  readonly $causationId: string;
}

export function encodeMetadata(event: NewEvent, esdbEventId: string): EsdbEventMetadata {
  const { actorId, actorRole, correlationId, causationId, rulebook, requestFingerprint, sealed } = event.metadata;
  return {
    actorId,
    actorRole,
    correlationId,
    causationId,
    ...(rulebook ? { rulebook: { id: rulebook.id, version: rulebook.version } } : {}),
    ...(requestFingerprint ? { requestFingerprint } : {}),
    ...(sealed ? { sealed: { ...sealed } } : {}),
    schemaVersion: event.schemaVersion,
    ...(esdbEventId !== event.eventId ? { eventId: event.eventId } : {}),
    $correlationId: correlationId,
    $causationId: causationId,
  };
}

export interface DecodedMetadata {
  readonly metadata: EventMetadata;
  readonly schemaVersion: number;
  /** Our event id when it differs from the ESDB id. */
  readonly eventId?: string;
}

/**
 * Reads our metadata back. Fails loudly on an event this service did not write: a projection fed an
 * event without actor or schema version would be silently wrong.
 */
export function decodeMetadata(raw: unknown, where: string): DecodedMetadata {
  if (raw === null || typeof raw !== 'object' || raw instanceof Uint8Array || Array.isArray(raw)) {
    throw new Error(`${where}: metadata is not a JSON object`);
  }
  const doc = raw as Record<string, unknown>;
  const text = (key: string, fallbackKey?: string): string => {
    const value = doc[key] ?? (fallbackKey === undefined ? undefined : doc[fallbackKey]);
    if (typeof value !== 'string') throw new Error(`${where}: metadata.${key} is missing or not a string`);
    return value;
  };
  const schemaVersion = doc.schemaVersion;
  if (typeof schemaVersion !== 'number' || !Number.isInteger(schemaVersion)) {
    throw new Error(`${where}: metadata.schemaVersion is missing or not an integer`);
  }
  const metadata: EventMetadata = {
    actorId: text('actorId'),
    actorRole: text('actorRole') as Role,
    correlationId: text('correlationId', '$correlationId'),
    causationId: text('causationId', '$causationId'),
    ...(doc.rulebook === undefined ? {} : { rulebook: decodeRulebook(doc.rulebook, where) }),
    ...(typeof doc.requestFingerprint === 'string' ? { requestFingerprint: doc.requestFingerprint } : {}),
    ...(isSealedFields(doc.sealed) ? { sealed: doc.sealed } : {}),
  };
  return {
    metadata,
    schemaVersion,
    ...(typeof doc.eventId === 'string' ? { eventId: doc.eventId } : {}),
  };
}

function decodeRulebook(raw: unknown, where: string): RulebookRef {
  const doc = raw as Partial<Record<keyof RulebookRef, unknown>> | null;
  if (typeof doc?.id !== 'string' || typeof doc.version !== 'string') {
    throw new Error(`${where}: metadata.rulebook must have string id and version`);
  }
  return { id: doc.id, version: doc.version };
}

function isSealedFields(raw: unknown): raw is Record<string, SealedFields> {
  return (
    raw !== null &&
    typeof raw === 'object' &&
    !Array.isArray(raw) &&
    Object.values(raw).every((group: Partial<SealedFields> | null) => typeof group?.value === 'string' && Array.isArray(group.paths) && group.paths.every((path) => typeof path === 'string'))
  );
}
