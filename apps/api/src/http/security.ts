import helmet from '@fastify/helmet';
import rateLimit from '@fastify/rate-limit';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { AppConfig } from '@pdr/platform';
import type { FastifyRequest } from 'fastify';

/** Per client address and minute: sign-ins, and requests that carry no token. Signed-in traffic is not limited here. */
const SIGN_IN_PER_MINUTE = 60;
const ANONYMOUS_PER_MINUTE = 300;

const isSignIn = (request: FastifyRequest) => request.url.startsWith('/oidc/token');

/**
 * The boundary every response passes: security headers, no caching (responses carry personal data), CORS closed
 * unless origins are configured, and rate limits on sign-in and on anonymous calls.
 */
export async function secureBoundary(app: NestFastifyApplication, config: AppConfig): Promise<void> {
  await app.register(helmet, {
    // The API docs page (/docs) runs Swagger UI's inline bootstrap; everything else is JSON.
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'", "'unsafe-inline'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        // Served over plain http (a local start), upgrading would break /docs.
        upgradeInsecureRequests: config.publicUrl.startsWith('https://') ? [] : null,
      },
    },
    hsts: config.publicUrl.startsWith('https://'),
  });
  await app.register(rateLimit, {
    global: true,
    max: (request) => (isSignIn(request) ? SIGN_IN_PER_MINUTE : ANONYMOUS_PER_MINUTE),
    timeWindow: 60_000,
    keyGenerator: (request) => `${isSignIn(request) ? 'sign-in' : 'anonymous'}:${request.ip}`,
    allowList: (request) => !isSignIn(request) && request.headers.authorization !== undefined,
  });
  if (config.corsOrigins.length > 0) app.enableCors({ origin: [...config.corsOrigins], allowedHeaders: ['authorization', 'content-type', 'if-match', 'idempotency-key', 'x-correlation-id', 'x-min-position'], exposedHeaders: ['etag', 'location', 'x-correlation-id'] });
  app.getHttpAdapter().getInstance().addHook('onSend', async (_request, reply) => {
    reply.header('cache-control', 'no-store');
  });
}
