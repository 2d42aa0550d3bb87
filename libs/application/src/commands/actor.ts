import type { Role } from '@pdr/event-sourcing';

/** Who issues a command, and in which request: becomes every resulting event's metadata. */
export interface CommandContext {
  readonly actorId: string;
  readonly actorRole: Role;
  readonly correlationId: string;
  /** The command's own id: the causation id of the events it produces. */
  readonly commandId: string;
  /** A client's retry key: the same key produces the same event ids, so a retried request writes nothing twice. */
  readonly idempotencyKey?: string;
  /** A digest of the request the key came with: the same key with another request is refused, not replayed. */
  readonly requestFingerprint?: string;
}
