import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import type { Clock } from '@pdr/application';
import { type AppConfig } from '@pdr/platform';
import { Logger } from 'nestjs-pino';
import { ApiModule } from './app.module';
import { mountOpenApi } from './http/openapi';
import { ProblemFilter } from './http/problem.filter';
import { mountDeadlineQueueDashboard } from './http/queue-dashboard';
import { mountEmbeddedProvider } from './http/oidc-mount';
import { secureBoundary } from './http/security';
import { CORRELATION_ID_HEADER } from './http/request-context.decorator';
import { requestValidationPipe } from './http/validation.pipe';
import { registerJsonBodyParser } from './http/json-body-parser';
import { encodeLargeBodiesOnce } from './http/encoded-bodies';
import { serverOptions } from './http/server-options';

/** Builds the API (and, on the embedded default, the projections) without listening: tests inject requests. */
export async function createApi(config: AppConfig, overrides: { clock?: Clock } = {}): Promise<NestFastifyApplication> {
  const adapter = new FastifyAdapter(serverOptions());
  registerJsonBodyParser(adapter.getInstance(), { maxDepth: 64 });
  encodeLargeBodiesOnce(adapter.getInstance());
  // Every response carries the correlation id the events of its command were stamped with.
  adapter.getInstance().addHook('onRequest', async (request, reply) => {
    const given = request.headers[CORRELATION_ID_HEADER];
    const correlationId = (Array.isArray(given) ? given[0] : given)?.trim() || String(request.id);
    request.headers[CORRELATION_ID_HEADER] = correlationId;
    reply.header(CORRELATION_ID_HEADER, correlationId);
  });
  const app = await NestFactory.create<NestFastifyApplication>(ApiModule.forRoot(config, overrides), adapter, { bufferLogs: true, abortOnError: false, bodyParser: false });
  app.useLogger(app.get(Logger));
  app.useGlobalPipes(requestValidationPipe());
  app.useGlobalFilters(new ProblemFilter());
  app.enableShutdownHooks();
  await secureBoundary(app, config);
  mountEmbeddedProvider(app);
  mountOpenApi(app, config.identity.issuer, config.publicUrl);
  await mountDeadlineQueueDashboard(app, config);
  await app.init();
  return app;
}
