import { type ArgumentsHost, Catch, type ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import { DataKeyDestroyedError, IdempotencyKeyReusedError, StaleRevisionError, WrongExpectedRevisionError } from '@pdr/application';
import { RuleViolation } from '@pdr/event-sourcing';
import { UnknownRulebookVersion } from '@pdr/procedures';
import type { FastifyReply } from 'fastify';
import { boundProblem } from './bounded-problem';
import { longInputs, type RequestInput } from './echoed-input';

export interface Problem {
  readonly statusCode: number;
  readonly error: string;
  readonly message: string;
  /** The procedure rule (BBB-4.4) or system rule (IF-MATCH) the request broke. */
  readonly rule?: string;
  readonly field?: string;
  readonly [extra: string]: unknown;
}

const STATUS_OF_KIND = { conflict: HttpStatus.CONFLICT, unprocessable: HttpStatus.UNPROCESSABLE_ENTITY, 'not-found': HttpStatus.NOT_FOUND } as const;

const REASONS: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  409: 'Conflict',
  413: 'Payload Too Large',
  415: 'Unsupported Media Type',
  422: 'Unprocessable Entity',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
};

function reason(status: number): string {
  return REASONS[status] ?? 'Error';
}

/** Maps every failure to one JSON shape; a refused command says which rule or field it broke. */
export function toProblem(error: unknown): Problem {
  if (error instanceof RuleViolation) {
    const statusCode = STATUS_OF_KIND[error.kind];
    return { statusCode, error: reason(statusCode), message: error.message, rule: error.rule, ...(error.field ? { field: error.field } : {}) };
  }
  if (error instanceof StaleRevisionError) {
    return { statusCode: 409, error: reason(409), message: error.message, rule: 'IF-MATCH', field: 'If-Match', currentRevision: error.actual };
  }
  if (error instanceof IdempotencyKeyReusedError) {
    return { statusCode: 422, error: reason(422), message: error.message, rule: 'IDEMPOTENCY-KEY', field: 'Idempotency-Key' };
  }
  if (error instanceof DataKeyDestroyedError) {
    // The subject names ids only (`case:<id>:file`): no personal data in the message.
    return { statusCode: 409, error: reason(409), message: `${error.subject} was erased: nothing more is recorded under it`, rule: 'DATA-ERASED' };
  }
  if (error instanceof WrongExpectedRevisionError) {
    return { statusCode: 409, error: reason(409), message: `${error.streamId} kept changing while the command ran: retry it`, rule: 'CONCURRENT-WRITE' };
  }
  if (error instanceof HttpException) {
    const statusCode = error.getStatus();
    const body = error.getResponse();
    const details = typeof body === 'object' && body !== null ? (body as Record<string, unknown>) : { message: String(body) };
    const message = Array.isArray(details.message) ? details.message.join('; ') : String(details.message ?? error.message);
    return { ...details, statusCode, error: reason(statusCode), message };
  }
  if (error instanceof UnknownRulebookVersion) {
    // The case names rules this deployment lacks: a fault of the service (logged as one), not of the request. The
    // message names only the rulebook and its versions.
    return { statusCode: 500, error: reason(500), message: error.message, rule: 'RULEBOOK-VERSION-UNKNOWN' };
  }
  // Fastify's own errors (wrong content type, body too large) and the JSON parser's (json-body-parser.ts) carry a 4xx statusCode.
  const fastifyStatus = (error as { statusCode?: unknown })?.statusCode;
  if (typeof fastifyStatus === 'number' && fastifyStatus >= 400 && fastifyStatus < 500) {
    return { statusCode: fastifyStatus, error: reason(fastifyStatus), message: (error as Error).message };
  }
  return { statusCode: 500, error: reason(500), message: 'Internal server error' };
}

@Catch()
export class ProblemFilter implements ExceptionFilter {
  private readonly logger = new Logger('HTTP');

  catch(error: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    // Messages may quote what the client sent: only an excerpt goes back (echoed-input.ts).
    const problem = boundProblem(toProblem(error), longInputs(http.getRequest<RequestInput | undefined>()));
    if (problem.statusCode >= 500) this.logger.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
    void http.getResponse<FastifyReply>().status(problem.statusCode).send(problem);
  }
}
