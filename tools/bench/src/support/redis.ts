import { BullmqScheduler, type BullmqSchedulerOptions } from '@pdr/scheduler-bullmq';
import { Redis } from 'ioredis';

/** The Redis the BullMQ benchmarks use: REDIS_URL, else the local default. */
export const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
/** Key prefix of every queue a benchmark creates, so nothing of the benchmarks mixes with an app's or a test's keys. */
export const BENCH_PREFIX = 'pdr-bench';

/** Options for a queue of this benchmark process alone. */
export function benchQueueOptions(label: string, extra: Partial<BullmqSchedulerOptions> = {}): BullmqSchedulerOptions {
  return { redisUrl: REDIS_URL, queueName: `pdr-bench-${label}-${process.pid}`, prefix: BENCH_PREFIX, ...extra };
}

/** Why Redis cannot be used (connect + PING within 2 s, no retries), or undefined when it answers. */
export async function redisUnavailableReason(url = REDIS_URL): Promise<string | undefined> {
  const redis = new Redis(url, { lazyConnect: true, connectTimeout: 2_000, maxRetriesPerRequest: 0, retryStrategy: () => null, enableOfflineQueue: false });
  redis.on('error', () => undefined);
  try {
    await redis.connect();
    const pong = await redis.ping();
    return pong === 'PONG' ? undefined : `PING answered ${pong}`;
  } catch (error) {
    return `Redis not reachable at ${url}: ${error instanceof Error ? error.message : String(error)}`;
  } finally {
    redis.disconnect();
  }
}

/** Reads INFO memory fields (used_memory etc.) through a short-lived connection. */
export async function redisMemory(url = REDIS_URL): Promise<{ usedMemory: number; usedMemoryDataset: number }> {
  const redis = new Redis(url, { maxRetriesPerRequest: 1 });
  try {
    const info = await redis.info('memory');
    const field = (name: string) => Number(new RegExp(`^${name}:(\\d+)`, 'm').exec(info)?.[1] ?? Number.NaN);
    return { usedMemory: field('used_memory'), usedMemoryDataset: field('used_memory_dataset') };
  } finally {
    await redis.quit();
  }
}

/** Keys of one queue (SCAN), e.g. to say what a timer costs in Redis. */
export async function queueKeyCount(options: BullmqSchedulerOptions): Promise<number> {
  const redis = new Redis(options.redisUrl, { maxRetriesPerRequest: 1 });
  try {
    let count = 0;
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `${options.prefix ?? 'bull'}:${options.queueName}:*`, 'COUNT', 10_000);
      cursor = next;
      count += keys.length;
    } while (cursor !== '0');
    return count;
  } finally {
    await redis.quit();
  }
}

/** Stops a scheduler, then obliterates its queue through a fresh connection (the scheduler's own is closed by stop). */
export async function disposeQueue(scheduler: BullmqScheduler | undefined, options: BullmqSchedulerOptions): Promise<void> {
  await scheduler?.stop();
  const cleaner = await BullmqScheduler.connect(options);
  try {
    await cleaner.clear();
  } finally {
    await cleaner.stop();
  }
}
