import type { OperationObject, ParameterObject, ReferenceObject, ResponseObject } from '@nestjs/swagger';
import { retryAfterHeader } from './openapi-headers';

/** Every refusal has this body (problem.filter.ts, problem.dto.ts). */
export const PROBLEM_SCHEMA_REF = '#/components/schemas/Problem';

/** What decides which refusals an operation can answer. */
export interface OperationShape {
  readonly method: string;
  /** Anyone may call it (access-policy.ts `public`). */
  readonly isPublic: boolean;
  readonly parameters: readonly ParameterObject[];
}

interface ErrorRule {
  readonly status: number;
  readonly applies: (operation: OperationShape) => boolean;
  readonly description: (operation: OperationShape) => string;
}

const isCommand = ({ method }: OperationShape) => method === 'post';
const pathParameters = ({ parameters }: OperationShape) => parameters.filter((parameter) => parameter.in === 'path').map((parameter) => parameter.name);
/** Input the server parses and may refuse: a body, a query, the read-your-writes position. */
const takesInput = (operation: OperationShape) =>
  isCommand(operation) || operation.parameters.some((parameter) => parameter.in === 'query' || (parameter.in === 'header' && parameter.name.toLowerCase() === 'x-min-position'));

/**
 * The refusals, derived from what an operation is rather than declared on each of 100 handlers: they come from the
 * boundary every request passes (parser, rate limit, access guard, validation pipe, deciders), not from the handler.
 */
const ERROR_RULES: readonly ErrorRule[] = [
  { status: 400, applies: takesInput, description: () => 'Malformed input: the field, parameter or header is named; `violations` lists every one refused' },
  {
    status: 401,
    applies: () => true,
    // The guard refuses a bad token even where none is needed, so a client learns at once that its token is bad.
    description: ({ isPublic }) => (isPublic ? 'A bearer token was sent and is not valid (this operation needs none)' : 'No bearer access token, or one that is not valid'),
  },
  { status: 403, applies: ({ isPublic }) => !isPublic, description: () => 'The access policy does not let this caller do this, or not on this case' },
  { status: 404, applies: (operation) => pathParameters(operation).length > 0, description: (operation) => `No ${pathParameters(operation).join(' or ')} of that value` },
  { status: 409, applies: isCommand, description: () => 'The state forbids it now (the rule is named), or If-Match is stale (rule IF-MATCH, with currentRevision)' },
  { status: 413, applies: isCommand, description: () => 'The body is larger than 1 MiB' },
  { status: 415, applies: isCommand, description: () => 'The body is of a media type the API does not take: send application/json' },
  { status: 422, applies: isCommand, description: () => 'The rules forbid what is asked (the rule is named), or the Idempotency-Key was used for another request' },
  { status: 429, applies: () => true, description: () => 'Too many sign-ins, or calls without a token, from this address in a minute' },
];

/** Adds the refusals an operation can answer, each with the Problem body; a description an operation gave itself stays. */
export function declareErrors(operation: OperationObject, shape: OperationShape): void {
  for (const rule of ERROR_RULES.filter((candidate) => candidate.applies(shape))) {
    const given = operation.responses[rule.status] as ResponseObject | ReferenceObject | undefined;
    const description = given && 'description' in given && given.description ? given.description : rule.description(shape);
    operation.responses[rule.status] = {
      description,
      ...(rule.status === 429 ? { headers: retryAfterHeader() } : {}),
      content: { 'application/json': { schema: { $ref: PROBLEM_SCHEMA_REF } } },
    };
  }
}
