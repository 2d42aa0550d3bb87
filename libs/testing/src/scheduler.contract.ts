import { randomBytes } from 'node:crypto';
import type { Clock, Scheduler, Timer } from '@pdr/application';

/** A fresh, not yet started scheduler per test, the clock it reads, and how to release both. */
export interface SchedulerHarness {
  scheduler: Scheduler;
  clock: Clock;
  dispose(): Promise<void>;
}

/**
 * The behaviour every Scheduler adapter must show, in real time with short delays (50–400 ms).
 * Assertions are about behaviour (what fired, in which order, with what), never about how late: the only
 * time limits are generous ceilings. Each test opens its own scheduler because `start` and `stop` are once-only.
 * Pass `open` as undefined (with a reason) when the backing service is unavailable: the suite reports as skipped.
 */
export function describeSchedulerContract(
  adapterName: string,
  open: (() => Promise<SchedulerHarness>) | undefined,
  skipReason?: string,
): void {
  if (!open) {
    describe.skip(`Scheduler contract: ${adapterName} (skipped: ${skipReason ?? 'no scheduler available'})`, () => {
      registerContractTests(() => {
        throw new Error('skipped suite has no scheduler');
      });
    });
    return;
  }

  describe(`Scheduler contract: ${adapterName}`, () => {
    let harness: SchedulerHarness | undefined;
    beforeEach(async () => {
      harness = await open();
    });
    afterEach(async () => {
      await harness?.dispose();
      harness = undefined;
    });
    registerContractTests(() => {
      if (!harness) throw new Error('the scheduler did not open');
      return harness;
    });
  });
}

/** Records each delivery; `failFirst` makes the first n deliveries throw. */
class Recorder {
  readonly deliveries: { timer: Timer; firedAt: Date }[] = [];
  attempts = 0;

  constructor(private readonly failFirst = 0) {}

  readonly handler = async (timer: Timer, firedAt: Date): Promise<void> => {
    this.attempts += 1;
    if (this.attempts <= this.failFirst) throw new Error(`planned failure ${this.attempts}`);
    this.deliveries.push({ timer, firedAt });
  };

  ids(): string[] {
    return this.deliveries.map((d) => d.timer.timerId);
  }

  /** Resolves once `count` deliveries succeeded; fails after a generous ceiling, never on lateness. */
  async waitFor(count: number, ceilingMs = 5_000): Promise<void> {
    const deadline = Date.now() + ceilingMs;
    while (this.deliveries.length < count) {
      if (Date.now() > deadline) throw new Error(`expected ${count} deliveries within ${ceilingMs} ms, got ${this.deliveries.length}: ${this.ids().join(', ')}`);
      await sleep(10);
    }
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

function timerId(label: string): string {
  return `contract-${label}-${randomBytes(4).toString('hex')}`;
}

function registerContractTests(harness: () => SchedulerHarness): void {
  const scheduler = () => harness().scheduler;
  const inMs = (ms: number) => new Date(harness().clock.now().getTime() + ms).toISOString();
  const timer = (label: string, dueInMs: number, payload: Record<string, string> = { label }): Timer => ({ timerId: timerId(label), dueAt: inMs(dueInMs), payload });

  it('fires a timer once, after its due time, with its payload', async () => {
    const recorder = new Recorder();
    await scheduler().start(recorder.handler);
    const t = timer('once', 100, { caseId: 'case-1', deadline: 'response' });

    await scheduler().arm(t);
    await recorder.waitFor(1);
    await sleep(300);

    expect(recorder.deliveries).toHaveLength(1);
    const [delivery] = recorder.deliveries;
    expect(delivery!.timer).toEqual({ timerId: t.timerId, dueAt: t.dueAt, payload: { caseId: 'case-1', deadline: 'response' } });
    expect(delivery!.firedAt.getTime()).toBeGreaterThanOrEqual(Date.parse(t.dueAt));
  });

  it('fires several timers in due order, whatever the order they were armed in', async () => {
    const recorder = new Recorder();
    await scheduler().start(recorder.handler);
    const first = timer('first', 100);
    const second = timer('second', 250);
    const third = timer('third', 400);

    for (const t of [third, first, second]) await scheduler().arm(t);
    await recorder.waitFor(3);

    expect(recorder.ids()).toEqual([first.timerId, second.timerId, third.timerId]);
  });

  it('fires a timer due in the past at once', async () => {
    const recorder = new Recorder();
    await scheduler().start(recorder.handler);
    const overdue = timer('overdue', -60_000);

    await scheduler().arm(overdue);
    await recorder.waitFor(1);

    expect(recorder.ids()).toEqual([overdue.timerId]);
    expect(await scheduler().armed()).toEqual([]);
  });

  it('delivers timers armed before start once started', async () => {
    const recorder = new Recorder();
    const early = timer('early', 50);
    await scheduler().arm(early);

    await scheduler().start(recorder.handler);
    await recorder.waitFor(1);

    expect(recorder.ids()).toEqual([early.timerId]);
  });

  it('fires once when the same timer is armed twice', async () => {
    const recorder = new Recorder();
    await scheduler().start(recorder.handler);
    const t = timer('twice', 100);

    await scheduler().arm(t);
    await scheduler().arm({ ...t, payload: { ...t.payload } });
    expect(await scheduler().armed()).toHaveLength(1);
    await recorder.waitFor(1);
    await sleep(300);

    expect(recorder.ids()).toEqual([t.timerId]);
  });

  it('re-arming with a later due time fires only at the later time', async () => {
    const recorder = new Recorder();
    await scheduler().start(recorder.handler);
    const t = timer('moved', 100, { version: '1' });
    const later = { ...t, dueAt: inMs(400), payload: { version: '2' } };

    await scheduler().arm(t);
    await scheduler().arm(later);
    expect(await scheduler().armed()).toEqual([later]);
    await recorder.waitFor(1);
    await sleep(300);

    expect(recorder.deliveries).toHaveLength(1);
    expect(recorder.deliveries[0]!.timer).toEqual(later);
    expect(recorder.deliveries[0]!.firedAt.getTime()).toBeGreaterThanOrEqual(Date.parse(later.dueAt));
  });

  it('does not fire a disarmed timer, and ignores unknown ids', async () => {
    const recorder = new Recorder();
    await scheduler().start(recorder.handler);
    const cancelled = timer('cancelled', 100);
    const witness = timer('witness', 300);

    await scheduler().arm(cancelled);
    await scheduler().arm(witness);
    await scheduler().disarm(cancelled.timerId);
    await scheduler().disarm(timerId('never-armed'));
    // The witness falls due after the disarmed one: once it fired, the disarmed one had its chance.
    await recorder.waitFor(1);

    expect(recorder.ids()).toEqual([witness.timerId]);
  });

  it('lists pending timers with due time and payload, not fired ones', async () => {
    const recorder = new Recorder();
    await scheduler().start(recorder.handler);
    const soon = timer('soon', 50);
    const pendingA = timer('pending-a', 60_000, { caseId: 'case-a' });
    const pendingB = timer('pending-b', 120_000, { caseId: 'case-b' });

    for (const t of [pendingB, soon, pendingA]) await scheduler().arm(t);
    await recorder.waitFor(1);
    const armed = await scheduler().armed();

    expect(recorder.ids()).toEqual([soon.timerId]);
    expect(armed.map((a) => a.timerId).sort()).toEqual([pendingA.timerId, pendingB.timerId].sort());
    for (const expected of [pendingA, pendingB]) {
      const listed = armed.find((a) => a.timerId === expected.timerId)!;
      expect(Date.parse(listed.dueAt)).toBe(Date.parse(expected.dueAt));
      expect(listed.payload).toEqual(expected.payload);
    }
  });

  it('arms many timers at once as arm does each: new ones, an unchanged one, and a re-armed one', async () => {
    const recorder = new Recorder();
    await scheduler().start(recorder.handler);
    const kept = timer('kept', 60_000);
    const moved = timer('moved', 60_000);
    await scheduler().arm(kept);
    await scheduler().arm(moved);
    const fresh = Array.from({ length: 25 }, (_, i) => timer(`bulk-${i}`, 120_000 + i));
    const later = { ...moved, dueAt: inMs(90_000) };

    await scheduler().armMany([...fresh, kept, later]);

    const armed = await scheduler().armed();
    expect(armed).toHaveLength(27);
    expect(Date.parse(armed.find((a) => a.timerId === moved.timerId)!.dueAt)).toBe(Date.parse(later.dueAt));
    expect(armed.find((a) => a.timerId === fresh[7]!.timerId)!.payload).toEqual(fresh[7]!.payload);
    expect(recorder.ids()).toEqual([]);
  });

  it('fires timers armed many at once when they fall due', async () => {
    const recorder = new Recorder();
    await scheduler().start(recorder.handler);
    const batch = [timer('many-b', 150), timer('many-a', 50)];
    await scheduler().armMany(batch);
    await recorder.waitFor(2);
    expect(recorder.ids().sort()).toEqual(batch.map((t) => t.timerId).sort());
  });

  it('retries a handler that throws until it succeeds, and counts the failures', async () => {
    const recorder = new Recorder(2);
    await scheduler().start(recorder.handler);
    const t = timer('flaky', 50);

    await scheduler().arm(t);
    await recorder.waitFor(1, 10_000);

    expect(recorder.attempts).toBeGreaterThanOrEqual(3);
    expect(recorder.ids()).toEqual([t.timerId]);
    expect(scheduler().metrics()).toMatchObject({ failed: 2, fired: 1 });
    expect(await scheduler().armed()).toEqual([]);
  });

  it('counts fired timers and lateness samples in its metrics', async () => {
    const recorder = new Recorder();
    await scheduler().start(recorder.handler);
    expect(scheduler().metrics()).toMatchObject({ fired: 0, failed: 0, latenessMs: { p50: null, p99: null, samples: 0 } });

    for (const t of [timer('m1', 50), timer('m2', 60), timer('m3', -1_000)]) await scheduler().arm(t);
    await recorder.waitFor(3);

    const metrics = scheduler().metrics();
    expect(metrics.fired).toBe(3);
    expect(metrics.failed).toBe(0);
    expect(metrics.latenessMs.samples).toBe(3);
    expect(metrics.latenessMs.p50).not.toBeNull();
    expect(metrics.latenessMs.p99!).toBeGreaterThanOrEqual(metrics.latenessMs.p50!);
  });

  it('clear() removes every timer, and timers armed afterwards still fire', async () => {
    const recorder = new Recorder();
    await scheduler().start(recorder.handler);
    for (const t of [timer('c1', 200), timer('c2', 60_000), timer('c3', 120_000)]) await scheduler().arm(t);

    await scheduler().clear();
    expect(await scheduler().armed()).toEqual([]);
    const after = timer('after-clear', 50);
    await scheduler().arm(after);
    await recorder.waitFor(1);
    await sleep(300);

    expect(recorder.ids()).toEqual([after.timerId]);
  });

  it('fires nothing after stop()', async () => {
    const recorder = new Recorder();
    await scheduler().start(recorder.handler);
    await scheduler().arm(timer('after-stop', 150));

    await scheduler().stop();
    await sleep(600);

    expect(recorder.deliveries).toEqual([]);
  });

  it('refuses an id outside the port alphabet', async () => {
    await expect(scheduler().arm({ timerId: 'case:1', dueAt: inMs(1_000), payload: {} })).rejects.toThrow();
    expect(await scheduler().armed()).toEqual([]);
  });

  it('reports healthy while running', async () => {
    await scheduler().start(new Recorder().handler);
    expect((await scheduler().health()).ok).toBe(true);
  });
}
