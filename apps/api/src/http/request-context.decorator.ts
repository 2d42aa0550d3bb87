import { randomUUID } from 'node:crypto';
import { BadRequestException, createParamDecorator, type ExecutionContext, ForbiddenException } from '@nestjs/common';
import { type CommandContext, deterministicId } from '@pdr/application';
import type { FastifyRequest } from 'fastify';

export const CORRELATION_ID_HEADER = 'x-correlation-id';
export const IDEMPOTENCY_KEY_HEADER = 'idempotency-key';

function header(request: FastifyRequest, name: string): string | undefined {
  const value = request.headers[name];
  const first = Array.isArray(value) ? value[0] : value;
  return first?.trim() ? first.trim() : undefined;
}

/**
 * Who acts, from what the access guard verified: the token's subject in the role the policy let it act in.
 * A Panelist acts as their Board record, the id the procedure knows them by.
 */
export function commandContextFrom(request: FastifyRequest): CommandContext {
  const access = request.access;
  if (!access?.principal || !access.role) throw new ForbiddenException({ message: 'this operation acts for no one: sign in', field: 'Authorization' });
  const { principal, role } = access;
  const idempotencyKey = header(request, IDEMPOTENCY_KEY_HEADER);
  if (idempotencyKey !== undefined && (idempotencyKey.length > 200 || !/^[\x21-\x7e]+$/.test(idempotencyKey))) {
    throw new BadRequestException({ message: 'header Idempotency-Key must be 1 to 200 visible ASCII characters', field: 'Idempotency-Key' });
  }
  return {
    // A key belongs to the actor who sent it: another actor's identical key is another request.
    ...(idempotencyKey ? { idempotencyKey: deterministicId('idempotency', principal.subject, idempotencyKey), requestFingerprint: access.fingerprint } : {}),
    actorId: (role === 'panelist' || role === 'hearing-officer') && principal.panelistId ? principal.panelistId : principal.subject,
    actorRole: role,
    correlationId: header(request, CORRELATION_ID_HEADER) ?? String(request.id),
    commandId: randomUUID(),
  };
}

/** The acting user, role, correlation id and idempotency key of a command request. */
export const Context = createParamDecorator((_: unknown, ctx: ExecutionContext) => commandContextFrom(ctx.switchToHttp().getRequest<FastifyRequest>()));
