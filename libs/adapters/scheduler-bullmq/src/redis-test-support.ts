import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { Redis } from 'ioredis';
import { BullmqScheduler, type BullmqSchedulerOptions } from './bullmq-scheduler';

// Test support only: specs import it; the adapter does not.
export const redisUrl = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
export const TEST_PREFIX = 'pdr-test';

/**
 * Jest registers suites synchronously, so the probe runs in a child process: connect, PING, 1.5 s at most.
 * Answers why Redis is unusable, or undefined when it answers.
 */
export function redisUnavailableReason(url = redisUrl): string | undefined {
  const script = `
    const net = require('node:net');
    const u = new URL(process.argv[1]);
    const socket = net.connect(Number(u.port || 6379), u.hostname);
    socket.setTimeout(1000, () => { console.log('timeout'); process.exit(1); });
    socket.on('error', (e) => { console.log(e.message); process.exit(1); });
    socket.on('connect', () => socket.write('PING\\r\\n'));
    socket.on('data', (d) => { const s = String(d); console.log(s.trim()); process.exit(/^(\\+PONG|-NOAUTH)/.test(s) ? 0 : 1); });`;
  const probe = spawnSync(process.execPath, ['-e', script, url], { timeout: 1_500, encoding: 'utf8' });
  if (probe.status === 0) return undefined;
  return `Redis not reachable at ${url}: ${(probe.stdout || probe.stderr || 'no answer').trim()}`;
}

/** A queue no other test run shares. */
export function uniqueQueueName(label: string): string {
  return `pdr-test-${label}-${process.pid}-${randomBytes(4).toString('hex')}`;
}

export function testOptions(label: string, extra: Partial<BullmqSchedulerOptions> = {}): BullmqSchedulerOptions {
  return { redisUrl, queueName: uniqueQueueName(label), prefix: TEST_PREFIX, attempts: 10, backoffMs: 50, ...extra };
}

/** Stops the scheduler, then destroys its queue through a fresh connection (the scheduler's own is closed). */
export async function disposeScheduler(scheduler: BullmqScheduler, options: BullmqSchedulerOptions): Promise<void> {
  await scheduler.stop();
  const cleaner = await BullmqScheduler.connect(options);
  try {
    await cleaner.clear();
  } finally {
    await cleaner.stop();
  }
}

/** Deletes every key of one queue, as a FLUSHDB would, without touching anything else in a shared Redis. */
export async function deleteQueueKeys(options: BullmqSchedulerOptions): Promise<number> {
  const redis = new Redis(options.redisUrl, { maxRetriesPerRequest: 1 });
  try {
    let deleted = 0;
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `${options.prefix ?? 'bull'}:${options.queueName}:*`, 'COUNT', 1000);
      cursor = next;
      if (keys.length > 0) deleted += await redis.del(...keys);
    } while (cursor !== '0');
    return deleted;
  } finally {
    await redis.quit();
  }
}
