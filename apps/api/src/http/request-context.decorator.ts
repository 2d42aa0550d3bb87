import { randomUUID } from 'node:crypto';
import { BadRequestException, createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { CommandContext } from '@pdr/application';
import { ROLES, type Role } from '@pdr/event-sourcing';
import type { FastifyRequest } from 'fastify';

export const ACTOR_ID_HEADER = 'x-actor-id';
export const ACTOR_ROLE_HEADER = 'x-actor-role';
export const CORRELATION_ID_HEADER = 'x-correlation-id';
export const IDEMPOTENCY_KEY_HEADER = 'idempotency-key';

function header(request: FastifyRequest, name: string): string | undefined {
  const value = request.headers[name];
  const first = Array.isArray(value) ? value[0] : value;
  return first?.trim() ? first.trim() : undefined;
}

/** Reads who acts from the request. Authentication comes later; until then the headers are trusted. */
export function commandContextFrom(request: FastifyRequest): CommandContext {
  const actorId = header(request, ACTOR_ID_HEADER);
  if (!actorId || actorId.length > 200) throw new BadRequestException({ message: `header X-Actor-Id is required (1 to 200 characters)`, field: 'X-Actor-Id' });
  const actorRole = header(request, ACTOR_ROLE_HEADER);
  if (!actorRole || !(ROLES as readonly string[]).includes(actorRole)) {
    throw new BadRequestException({ message: `header X-Actor-Role must be one of ${ROLES.join(', ')}`, field: 'X-Actor-Role' });
  }
  const idempotencyKey = header(request, IDEMPOTENCY_KEY_HEADER);
  if (idempotencyKey !== undefined && idempotencyKey.length > 200) {
    throw new BadRequestException({ message: 'header Idempotency-Key must be at most 200 characters', field: 'Idempotency-Key' });
  }
  return {
    actorId,
    actorRole: actorRole as Role,
    correlationId: header(request, CORRELATION_ID_HEADER) ?? String(request.id),
    commandId: randomUUID(),
    ...(idempotencyKey ? { idempotencyKey } : {}),
  };
}

/** The acting user, role, correlation id and idempotency key of a command request. */
export const Context = createParamDecorator((_: unknown, ctx: ExecutionContext) => commandContextFrom(ctx.switchToHttp().getRequest<FastifyRequest>()));
