import type { Clock, Scheduler } from '@pdr/application';
import { EmbeddedScheduler } from '@pdr/scheduler-embedded';
import type { AppConfig } from '../config/app-config';

export interface OpenedScheduler {
  readonly scheduler: Scheduler;
  readonly adapter: 'bullmq' | 'in-process';
}

/** BullMQ on Redis when REDIS_URL is set; otherwise the in-process scheduler (timers re-derived from the log at start). */
export async function openScheduler(config: AppConfig, clock: Clock): Promise<OpenedScheduler> {
  if (config.redisUrl) {
    // Loaded only when configured, like every production adapter (start-up, issue 13).
    const { BullmqScheduler } = await import('@pdr/scheduler-bullmq');
    return { scheduler: await BullmqScheduler.connect({ redisUrl: config.redisUrl, clock }), adapter: 'bullmq' };
  }
  return { scheduler: new EmbeddedScheduler({ clock }), adapter: 'in-process' };
}
