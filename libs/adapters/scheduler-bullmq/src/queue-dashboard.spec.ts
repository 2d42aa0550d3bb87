import Fastify from 'fastify';
import { BullmqScheduler } from './bullmq-scheduler';
import { mountQueueDashboard } from './queue-dashboard';
import { disposeScheduler, redisUnavailableReason, testOptions } from './redis-test-support';

const unavailable = redisUnavailableReason();
const describeWithRedis = unavailable ? describe.skip : describe;

describeWithRedis(`mountQueueDashboard${unavailable ? ` (skipped: ${unavailable})` : ''}`, () => {
  it('serves Bull Board on a Fastify instance, listing the scheduler queue', async () => {
    const options = testOptions('dashboard');
    const scheduler = await BullmqScheduler.connect(options);
    const app = Fastify();
    try {
      await mountQueueDashboard(app, scheduler);
      await app.ready();

      const page = await app.inject({ method: 'GET', url: '/admin/queues' });
      expect(page.statusCode).toBe(200);
      expect(page.headers['content-type']).toMatch(/text\/html/);
      expect(page.body).toMatch(/<html/i);

      const api = await app.inject({ method: 'GET', url: '/admin/queues/api/queues' });
      expect(api.statusCode).toBe(200);
      expect(JSON.stringify(api.json())).toContain(options.queueName);
    } finally {
      await app.close();
      await disposeScheduler(scheduler, options);
    }
  });
});
