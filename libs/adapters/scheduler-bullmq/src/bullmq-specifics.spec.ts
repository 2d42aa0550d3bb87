import type { Timer } from '@pdr/application';
import { BullmqScheduler } from './bullmq-scheduler';
import { deleteQueueKeys, disposeScheduler, redisUnavailableReason, testOptions } from './redis-test-support';
import { TimerBusyError } from './timer-busy.error';

const unavailable = redisUnavailableReason();
const describeWithRedis = unavailable ? describe.skip : describe;
const inMs = (ms: number) => new Date(Date.now() + ms).toISOString();

async function until(condition: () => boolean | Promise<boolean>, ceilingMs = 5_000): Promise<void> {
  const deadline = Date.now() + ceilingMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`condition not met within ${ceilingMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

describeWithRedis(`BullmqScheduler specifics${unavailable ? ` (skipped: ${unavailable})` : ''}`, () => {
  const opened: [BullmqScheduler, ReturnType<typeof testOptions>][] = [];
  async function open(label: string, extra: Parameters<typeof testOptions>[1] = {}) {
    const options = testOptions(label, extra);
    const scheduler = await BullmqScheduler.connect(options);
    opened.push([scheduler, options]);
    return { scheduler, options };
  }

  afterEach(async () => {
    for (const [scheduler, options] of opened.splice(0)) await disposeScheduler(scheduler, options);
  });

  it('reports the truth after Redis lost its keys: armed() is empty (reconciliation re-arms)', async () => {
    const { scheduler, options } = await open('flushed');
    for (const id of ['lost-a', 'lost-b']) await scheduler.arm({ timerId: id, dueAt: inMs(60_000), payload: { id } });
    expect(await scheduler.armed()).toHaveLength(2);

    expect(await deleteQueueKeys(options)).toBeGreaterThan(0);

    expect(await scheduler.armed()).toEqual([]);
    // And the queue still works: arming again after the loss is accepted.
    await scheduler.arm({ timerId: 'lost-a', dueAt: inMs(60_000), payload: { id: 'lost-a' } });
    expect((await scheduler.armed()).map((t) => t.timerId)).toEqual(['lost-a']);
  });

  it('delivers the same timer again when it is re-added after completing: the handler sees each delivery', async () => {
    const { scheduler } = await open('redelivered');
    const deliveries: string[] = [];
    await scheduler.start(async (t) => {
      deliveries.push(t.timerId);
    });
    const timer: Timer = { timerId: 'twice-delivered', dueAt: inMs(-1_000), payload: {} };

    await scheduler.arm(timer);
    await until(() => deliveries.length === 1);
    await scheduler.arm(timer);
    await until(() => deliveries.length === 2);

    expect(deliveries).toEqual(['twice-delivered', 'twice-delivered']);
  });

  it('shares one queue between schedulers: a timer armed by one is delivered by the other worker', async () => {
    const { scheduler: producer, options } = await open('shared');
    const consumer = await BullmqScheduler.connect(options);
    opened.push([consumer, options]);
    const seen: string[] = [];
    await consumer.start(async (t) => {
      seen.push(t.timerId);
    });

    await producer.arm({ timerId: 'cross-process', dueAt: inMs(50), payload: { from: 'producer' } });
    await until(() => seen.length === 1);

    expect(seen).toEqual(['cross-process']);
    expect(consumer.metrics().fired).toBe(1);
  });

  it('lists a timer waiting out its retry backoff as armed', async () => {
    const { scheduler } = await open('backoff', { backoffMs: 60_000 });
    let attempts = 0;
    await scheduler.start(async () => {
      attempts += 1;
      throw new Error('always');
    });

    await scheduler.arm({ timerId: 'retrying', dueAt: inMs(-1), payload: { k: 'v' } });
    await until(() => scheduler.metrics().failed === 1);

    expect(attempts).toBe(1);
    await until(async () => (await scheduler.armed()).length === 1);
    expect(await scheduler.armed()).toEqual([{ timerId: 'retrying', dueAt: expect.any(String), payload: { k: 'v' } }]);
  });

  it('tolerates disarming a timer being delivered, and refuses to re-arm it with a new due time', async () => {
    const { scheduler } = await open('busy');
    let release!: () => void;
    let entered = false;
    await scheduler.start(async () => {
      entered = true;
      await new Promise<void>((resolve) => (release = resolve));
    });
    const timer: Timer = { timerId: 'in-flight', dueAt: inMs(-1), payload: {} };
    await scheduler.arm(timer);
    await until(() => entered);

    // Same due time: a no-op, even while active.
    await expect(scheduler.arm(timer)).resolves.toBeUndefined();
    await expect(scheduler.arm({ ...timer, dueAt: inMs(60_000) })).rejects.toBeInstanceOf(TimerBusyError);
    await expect(scheduler.disarm(timer.timerId)).resolves.toBeUndefined();

    release();
    await until(() => scheduler.metrics().fired === 1);
    await until(async () => (await scheduler.armed()).length === 0);
  });

  it('re-arms a timer whose job finally failed', async () => {
    const { scheduler } = await open('exhausted', { attempts: 1 });
    let calls = 0;
    await scheduler.start(async () => {
      calls += 1;
      if (calls === 1) throw new Error('give up');
    });
    const timer: Timer = { timerId: 'exhausted', dueAt: inMs(-1), payload: {} };

    await scheduler.arm(timer);
    await until(() => scheduler.metrics().failed === 1);
    await until(async () => (await scheduler.armed()).length === 0);
    await scheduler.arm(timer);
    await until(() => scheduler.metrics().fired === 1);

    expect(calls).toBe(2);
  });

  it('refuses ids BullMQ cannot take', async () => {
    const { scheduler } = await open('ids');
    await expect(scheduler.arm({ timerId: 'a:b', dueAt: inMs(1_000), payload: {} })).rejects.toThrow(RangeError);
    await expect(scheduler.arm({ timerId: '42', dueAt: inMs(1_000), payload: {} })).rejects.toThrow(RangeError);
    await expect(scheduler.arm({ timerId: 'ok', dueAt: 'not a date', payload: {} })).rejects.toThrow(RangeError);
  });

  it('reports health by pinging Redis', async () => {
    const { scheduler } = await open('health');
    expect(await scheduler.health()).toMatchObject({ ok: true });
  });
});
