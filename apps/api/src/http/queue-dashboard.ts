import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { Scheduler } from '@pdr/application';
import { type AppConfig, SCHEDULER } from '@pdr/platform';
import { BullmqScheduler, mountQueueDashboard } from '@pdr/scheduler-bullmq';

export const QUEUE_DASHBOARD_PATH = '/admin/queues';

/**
 * Bull Board for operators when the timers run on Redis. The API serves it even when a separate worker
 * runs the timers: it then opens the queue only to show it (it never processes jobs).
 */
export async function mountDeadlineQueueDashboard(app: NestFastifyApplication, config: AppConfig): Promise<void> {
  if (!config.redisUrl) return;
  const running = config.projectionsInProcess ? app.get<Scheduler>(SCHEDULER) : undefined;
  const scheduler = running instanceof BullmqScheduler ? running : await BullmqScheduler.connect({ redisUrl: config.redisUrl });
  const fastify = app.getHttpAdapter().getInstance();
  if (scheduler !== running) fastify.addHook('onClose', async () => scheduler.stop());
  await mountQueueDashboard(fastify, scheduler, QUEUE_DASHBOARD_PATH);
}
