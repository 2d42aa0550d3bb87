import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { IdentityVerifier, Scheduler } from '@pdr/application';
import { type AppConfig, IDENTITY_VERIFIER, SCHEDULER } from '@pdr/platform';

export const QUEUE_DASHBOARD_PATH = '/admin/queues';

/**
 * Bull Board for operators when the timers run on Redis. The API serves it even when a separate worker
 * runs the timers: it then opens the queue only to show it (it never processes jobs).
 */
export async function mountDeadlineQueueDashboard(app: NestFastifyApplication, config: AppConfig): Promise<void> {
  if (!config.redisUrl) return;
  // Loaded only with Redis configured: the embedded default starts without BullMQ (issue 13).
  const { BullmqScheduler, mountQueueDashboard } = await import('@pdr/scheduler-bullmq');
  const running = config.projectionsInProcess ? app.get<Scheduler>(SCHEDULER) : undefined;
  const scheduler = running instanceof BullmqScheduler ? running : await BullmqScheduler.connect({ redisUrl: config.redisUrl });
  const fastify = app.getHttpAdapter().getInstance();
  if (scheduler !== running) fastify.addHook('onClose', async () => scheduler.stop());
  // Pausing or emptying queues stops deadlines: administrators only, by the same token check as the API.
  const verifier = app.get<IdentityVerifier>(IDENTITY_VERIFIER);
  fastify.addHook('onRequest', async (request, reply) => {
    if (!request.url.startsWith(QUEUE_DASHBOARD_PATH)) return;
    const token = /^Bearer (\S+)$/.exec(request.headers.authorization ?? '')?.[1];
    const principal = token ? await verifier.verify(token).catch(() => undefined) : undefined;
    if (!principal) return reply.status(401).send({ statusCode: 401, error: 'Unauthorized', message: 'sign in as an administrator', field: 'Authorization' });
    if (!principal.roles.includes('administrator')) return reply.status(403).send({ statusCode: 403, error: 'Forbidden', message: 'the queue dashboard is for administrators', field: 'Authorization' });
  });
  await mountQueueDashboard(fastify, scheduler, QUEUE_DASHBOARD_PATH);
}
