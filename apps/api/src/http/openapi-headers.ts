import type { HeaderObject, OpenAPIObject, ResponseObject } from '@nestjs/swagger';

/** Response headers, defined once and referred to by name (api-responses.ts refers to ETag and Location). */
export const RESPONSE_HEADERS: Readonly<Record<string, HeaderObject>> = {
  ETag: { description: 'The stream revision after the command, or of the resource read, quoted: send it back as If-Match', schema: { type: 'string', example: '"4"' } },
  Location: { description: 'The URL of the resource created', schema: { type: 'string', format: 'uri-reference', example: '/cases/0b6f3c7e-8d3c-4d0e-9a43-1b2f1f0e5a11' } },
  'X-Correlation-Id': { description: 'The correlation id the request sent, or one given to it: every event it wrote carries it', schema: { type: 'string' } },
  'Cache-Control': { description: 'Always no-store: responses carry personal data (security.ts)', schema: { type: 'string', example: 'no-store' } },
  'Retry-After': { description: 'Seconds until the rate limit lets the client in again', schema: { type: 'integer' } },
};

const ref = (name: string) => ({ $ref: `#/components/headers/${name}` });

/** Every response passes the same boundary (bootstrap.ts, security.ts): it carries its correlation id and no-store. */
export function addBoundaryHeaders(response: ResponseObject): void {
  response.headers = { ...response.headers, 'X-Correlation-Id': ref('X-Correlation-Id'), 'Cache-Control': ref('Cache-Control') };
}

export const retryAfterHeader = () => ({ 'Retry-After': ref('Retry-After') });

export function defineResponseHeaders(document: OpenAPIObject): void {
  document.components = { ...document.components, headers: { ...document.components?.headers, ...RESPONSE_HEADERS } };
}
