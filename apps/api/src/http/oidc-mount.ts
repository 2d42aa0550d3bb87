import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { OIDC_MOUNT_PATH } from '@pdr/identity-oidc';
import { IDENTITY, type OpenedIdentity } from '@pdr/platform';

/**
 * Serves the embedded OpenID provider under /oidc. The provider reads its own request bodies (form posts), so the
 * request is handed over before Fastify parses anything; the global hooks (rate limit, headers) have run by then.
 */
export function mountEmbeddedProvider(app: NestFastifyApplication): void {
  const embedded = app.get<OpenedIdentity>(IDENTITY).embedded;
  if (!embedded) return;
  app
    .getHttpAdapter()
    .getInstance()
    .route({
      method: ['GET', 'POST'],
      url: `${OIDC_MOUNT_PATH}/*`,
      onRequest: (request, reply, done) => {
        void reply.hijack();
        embedded.provider.handle(request.raw, reply.raw);
        void done;
      },
      handler: async () => undefined,
    });
}
