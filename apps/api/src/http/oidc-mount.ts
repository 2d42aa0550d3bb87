import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { OIDC_MOUNT_PATH } from '@pdr/identity-oidc';
import { IDENTITY, type OpenedIdentity } from '@pdr/platform';

/**
 * Serves the embedded OpenID provider under /oidc. The provider reads its own request bodies (form posts), so the
 * request is handed over before Fastify parses anything (preParsing), after every onRequest hook, the sign-in rate
 * limit among them, has run.
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
      preParsing: (request, reply, _payload, done) => {
        void reply.hijack();
        embedded.provider.handle(request.raw, reply.raw);
        void done;
      },
      handler: async () => undefined,
    });
}
