import { createBullBoard } from '@bull-board/api';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { FastifyAdapter } from '@bull-board/fastify';
import type { FastifyInstance } from 'fastify';
import type { BullmqScheduler } from './bullmq-scheduler';

/**
 * Mounts Bull Board (jobs, delays, failures, retry by hand) for the scheduler's queue on a Fastify instance.
 * An operator's tool: put it behind the admin guard of the app that mounts it.
 */
export async function mountQueueDashboard(fastify: FastifyInstance, scheduler: BullmqScheduler, basePath = '/admin/queues'): Promise<void> {
  const serverAdapter = new FastifyAdapter();
  serverAdapter.setBasePath(basePath);
  createBullBoard({ queues: [new BullMQAdapter(scheduler.queue)], serverAdapter });
  // Fastify 5: the board is a plugin registered under its base path.
  await fastify.register(serverAdapter.registerPlugin(), { prefix: basePath });
}
