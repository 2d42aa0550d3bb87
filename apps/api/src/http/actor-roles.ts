import type { CommandContext } from '@pdr/application';

/**
 * The Panelist (or hearing officer) acting: the access policy admits only them, appointed to the case, and the
 * procedure knows them by their Board id, which is the actor id.
 */
export function requirePanelist(context: CommandContext): string {
  return context.actorId;
}
