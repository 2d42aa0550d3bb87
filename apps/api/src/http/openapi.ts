import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, type OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import { accessRuleFor } from '../access/access-policy';

type Operation = { security?: Record<string, string[]>[]; description?: string; parameters?: { name: string; in: string }[]; [key: string]: unknown };

const COMMAND_HEADERS = [
  { name: 'Idempotency-Key', in: 'header', required: false, description: 'A retried request with the same key (same actor, same request) writes nothing twice; the key with another request is 422', schema: { type: 'string', maxLength: 200 } },
  { name: 'If-Match', in: 'header', required: false, description: 'The revision last seen (ETag); 409 naming IF-MATCH when the stream moved on', schema: { type: 'string' } },
  { name: 'X-Correlation-Id', in: 'header', required: false, description: 'Ties the events of this request together; echoed in the response', schema: { type: 'string' } },
];

/** Each operation says who may call it, from the one access policy the guard enforces. */
export function documentAccess(document: OpenAPIObject): OpenAPIObject {
  for (const [path, item] of Object.entries(document.paths)) {
    const route = path.replace(/\{(\w+)\}/g, ':$1');
    for (const [method, operation] of Object.entries(item as Record<string, Operation>)) {
      const rule = accessRuleFor(method.toUpperCase(), route);
      if (!rule) continue;
      operation.security = rule.public ? [{}, { bearer: [] }] : [{ bearer: [] }];
      operation['x-roles'] = rule.public ? ['anyone'] : rule.roles;
      const who = rule.public ? 'Anyone.' : `Roles: ${rule.roles.join(', ')}${rule.sides ? ` (Parties: the ${rule.sides.join(' or ')} side of their own case)` : ''}.`;
      operation.description = [operation.description, who].filter(Boolean).join('\n\n');
      if (method === 'post') {
        const names = new Set((operation.parameters ?? []).map((parameter) => parameter.name.toLowerCase()));
        operation.parameters = [...(operation.parameters ?? []), ...COMMAND_HEADERS.filter((header) => !names.has(header.name.toLowerCase()))];
      }
    }
  }
  return document;
}

/** The OpenAPI document at /openapi.json and a browsable page at /docs. */
export function mountOpenApi(app: INestApplication, issuer: string): void {
  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('Privacy dispute resolution')
      .setDescription(
        'Commands and read models of the case-management backend. Every call but liveness, readiness and public calendar data ' +
          'carries a bearer access token from the OpenID provider (`POST ' + issuer + '/token`); who may call each operation is listed with it. ' +
          'Commands return the new revision (send it back as If-Match).',
      )
      .setVersion('0.1.0')
      .addBearerAuth({ type: 'http', scheme: 'bearer', bearerFormat: 'JWT', description: `An access token issued by ${issuer}` }, 'bearer')
      .build(),
  );
  SwaggerModule.setup('docs', app, documentAccess(document), { jsonDocumentUrl: 'openapi.json', yamlDocumentUrl: 'openapi.yaml' });
}
