import { ForbiddenException } from '@nestjs/common';
import type { CommandContext } from '@pdr/application';

/** The administrator's staff: the administrator, or a case manager acting for it. */
export const STAFF_ROLES: readonly string[] = ['administrator', 'case-manager'];

/** 403 naming the header unless the actor's role is one of `allowed`; `what` says what was attempted. */
export function requireRole(context: CommandContext, allowed: readonly string[], what: string): void {
  if (!allowed.includes(context.actorRole)) throw new ForbiddenException({ message: `${what}: only ${allowed.join(' or ')}`, field: 'X-Actor-Role' });
}

/** Only the Panelist acts here; the Panelist is the actor. */
export function requirePanelist(context: CommandContext): string {
  if (context.actorRole !== 'panelist') throw new ForbiddenException({ message: 'only the Panelist acts here', field: 'X-Actor-Role' });
  return context.actorId;
}
