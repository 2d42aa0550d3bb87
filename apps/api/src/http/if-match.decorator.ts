import { BadRequestException, createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';

/** `If-Match: "7"` (quotes and W/ optional): the stream revision the client last saw. */
export function parseIfMatch(value: string | undefined): number | undefined {
  if (value === undefined || value.trim() === '' || value.trim() === '*') return undefined;
  const match = /^(?:W\/)?"?(\d{1,15})"?$/.exec(value.trim());
  if (!match) throw new BadRequestException({ message: 'header If-Match must be a revision such as "3", as returned in ETag', field: 'If-Match' });
  return Number(match[1]);
}

export const IfMatch = createParamDecorator((_: unknown, ctx: ExecutionContext) => {
  const value = ctx.switchToHttp().getRequest<FastifyRequest>().headers['if-match'];
  return parseIfMatch(Array.isArray(value) ? value[0] : value);
});
