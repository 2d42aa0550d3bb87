import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, type OpenAPIObject, type OperationObject, type ParameterObject, type ResponseObject, SwaggerModule } from '@nestjs/swagger';
import { accessRuleFor } from '../access/access-policy';
import { declareErrors } from './openapi-errors';
import { addBoundaryHeaders, defineResponseHeaders } from './openapi-headers';
import { ProblemDto } from './problem.dto';

type Operation = OperationObject & { 'x-roles'?: readonly string[] };

const COMMAND_HEADERS: ParameterObject[] = [
  { name: 'Idempotency-Key', in: 'header', required: false, description: 'A retried request with the same key (same actor, same request) writes nothing twice; the key with another request is 422', schema: { type: 'string', maxLength: 200 } },
  { name: 'If-Match', in: 'header', required: false, description: 'The revision last seen (ETag); 409 naming IF-MATCH when the stream moved on', schema: { type: 'string' } },
  { name: 'X-Correlation-Id', in: 'header', required: false, description: 'Ties the events of this request together; echoed in the response', schema: { type: 'string' } },
];

/**
 * Each operation says who may call it, from the one access policy the guard enforces, and what it can answer: the
 * refusals of the boundary every request passes (openapi-errors.ts) and the headers every response carries.
 */
export function documentAccess(document: OpenAPIObject): OpenAPIObject {
  defineResponseHeaders(document);
  for (const [path, item] of Object.entries(document.paths)) {
    const route = path.replace(/\{(\w+)\}/g, ':$1');
    for (const [method, operation] of Object.entries(item as Record<string, Operation>)) {
      const rule = accessRuleFor(method.toUpperCase(), route);
      if (!rule) continue;
      operation.security = rule.public ? [{}, { bearer: [] }] : [{ bearer: [] }];
      operation['x-roles'] = rule.public ? ['anyone'] : rule.roles;
      const who = rule.public ? 'Anyone.' : `Roles: ${rule.roles.join(', ')}${rule.sides ? ` (Parties: the ${rule.sides.join(' or ')} side of their own case)` : ''}.`;
      operation.description = [operation.description, who].filter(Boolean).join('\n\n');
      const parameters = (operation.parameters ?? []) as ParameterObject[];
      if (method === 'post') {
        const names = new Set(parameters.map((parameter) => parameter.name.toLowerCase()));
        operation.parameters = [...parameters, ...COMMAND_HEADERS.filter((header) => !names.has(header.name.toLowerCase()))];
      }
      declareErrors(operation, { method, isPublic: rule.public === true, parameters });
      for (const response of Object.values(operation.responses)) addBoundaryHeaders(response as ResponseObject);
    }
  }
  return document;
}

/** The OpenAPI document at /openapi.json and a browsable page at /docs. */
export function mountOpenApi(app: INestApplication, issuer: string, publicUrl: string): void {
  // Built on the first request for it, not at start (a few hundred ms of scanning every controller; issue 13).
  const document = () => SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('Privacy dispute resolution')
      .setDescription(
        'Commands and read models of the case-management backend. Every call but liveness, readiness and public calendar data ' +
          'carries a bearer access token from the OpenID provider (`POST ' + issuer + '/token`); who may call each operation is listed with it. ' +
          'Commands return the new revision (send it back as If-Match). Every refusal is a Problem.',
      )
      .setVersion('0.1.0')
      .addServer(publicUrl, 'This service')
      .addBearerAuth({ type: 'http', scheme: 'bearer', bearerFormat: 'JWT', description: `An access token issued by ${issuer}` }, 'bearer')
      .build(),
    // The Problem schema is named by every error response documentAccess adds, never by a handler's return type.
    { extraModels: [ProblemDto] },
  );
  SwaggerModule.setup('docs', app, () => documentAccess(document()), { jsonDocumentUrl: 'openapi.json', yamlDocumentUrl: 'openapi.yaml' });
}
