import { ControllableClock, type Timer } from '@pdr/application';
import { EmbeddedScheduler } from './embedded-scheduler';

const start = new Date('2026-03-01T09:00:00.000Z');
const at = (minutes: number) => new Date(start.getTime() + minutes * 60_000);
const timer = (timerId: string, minutes: number): Timer => ({ timerId, dueAt: at(minutes).toISOString(), payload: { timerId } });

describe('EmbeddedScheduler with a controllable clock', () => {
  let clock: ControllableClock;
  let scheduler: EmbeddedScheduler;
  let fired: { id: string; firedAt: string }[];

  beforeEach(async () => {
    clock = new ControllableClock(start);
    scheduler = new EmbeddedScheduler({ clock, retryDelaysMs: [60_000] });
    fired = [];
    await scheduler.start(async (t, firedAt) => {
      fired.push({ id: t.timerId, firedAt: firedAt.toISOString() });
    });
  });

  afterEach(() => scheduler.stop());

  it('fires nothing until the clock is advanced, even long after the due time in real time', async () => {
    await scheduler.arm(timer('t-past', -5));
    await scheduler.arm(timer('t-soon', 1));
    await new Promise((resolve) => setTimeout(resolve, 100));

    expect(fired).toEqual([]);
    expect(await scheduler.armed()).toHaveLength(2);
  });

  it('fires every timer due by the new time, in due order then id order, before advanceTo resolves', async () => {
    for (const t of [timer('t-c', 30), timer('t-b', 10), timer('t-a', 10), timer('t-late', 90)]) await scheduler.arm(t);

    await clock.advanceTo(at(30));

    expect(fired).toEqual([
      { id: 't-a', firedAt: at(30).toISOString() },
      { id: 't-b', firedAt: at(30).toISOString() },
      { id: 't-c', firedAt: at(30).toISOString() },
    ]);
    expect((await scheduler.armed()).map((t) => t.timerId)).toEqual(['t-late']);
    // Late by 20, 20 and 0 minutes.
    expect(scheduler.metrics()).toMatchObject({ armed: 1, fired: 3, latenessMs: { samples: 3, p50: 20 * 60_000, p99: 20 * 60_000 } });

    await clock.advanceTo(at(90));
    expect(fired.map((f) => f.id)).toEqual(['t-a', 't-b', 't-c', 't-late']);
  });

  it('fires a timer armed by a handler during the advance if it is already due', async () => {
    const chained: string[] = [];
    await scheduler.stop();
    scheduler = new EmbeddedScheduler({ clock });
    await scheduler.start(async (t) => {
      chained.push(t.timerId);
      if (t.timerId === 't-first') await scheduler.arm(timer('t-chained', 5));
    });
    await scheduler.arm(timer('t-first', 1));

    await clock.advanceTo(at(10));

    expect(chained).toEqual(['t-first', 't-chained']);
  });

  it('retries a failed timer only when the clock passes the retry delay', async () => {
    let attempts = 0;
    await scheduler.stop();
    scheduler = new EmbeddedScheduler({ clock, retryDelaysMs: [60_000] });
    await scheduler.start(async () => {
      attempts += 1;
      if (attempts === 1) throw new Error('not yet');
    });
    await scheduler.arm(timer('t-flaky', 1));

    await clock.advanceTo(at(1));
    expect(attempts).toBe(1);
    expect(scheduler.metrics()).toMatchObject({ failed: 1, fired: 0, armed: 1 });

    await clock.advanceTo(at(1.5));
    expect(attempts).toBe(1);

    await clock.advanceTo(at(2));
    expect(attempts).toBe(2);
    expect(scheduler.metrics()).toMatchObject({ failed: 1, fired: 1, armed: 0 });
  });

  it('re-arming with a new due time moves the timer; the same due time leaves it', async () => {
    await scheduler.arm(timer('t-move', 5));
    await scheduler.arm({ ...timer('t-move', 5), payload: { changed: 'ignored' } });
    expect(await scheduler.armed()).toEqual([timer('t-move', 5)]);

    await scheduler.arm(timer('t-move', 20));
    await clock.advanceTo(at(10));
    expect(fired).toEqual([]);

    await clock.advanceTo(at(20));
    expect(fired.map((f) => f.id)).toEqual(['t-move']);
  });

  it('arms and lists 100,000 timers, and fires them all in order', async () => {
    const count = 100_000;
    // Armed in a scrambled order so the heap does real work.
    for (let i = 0; i < count; i++) {
      const n = (i * 7919) % count;
      await scheduler.arm({ timerId: `bulk-${n}`, dueAt: new Date(start.getTime() + 1_000 + n).toISOString(), payload: {} });
    }

    const armed = await scheduler.armed();
    expect(armed).toHaveLength(count);
    expect(armed[0]!.timerId).toBe('bulk-0');
    expect(armed[count - 1]!.timerId).toBe(`bulk-${count - 1}`);
    expect(scheduler.metrics().armed).toBe(count);

    await clock.advanceTo(at(60));
    expect(fired).toHaveLength(count);
    expect(fired.every((f, i) => f.id === `bulk-${i}`)).toBe(true);
    expect(await scheduler.armed()).toEqual([]);
  });

  it('stop() waits for the handler in flight', async () => {
    let release!: () => void;
    let finished = false;
    await scheduler.stop();
    scheduler = new EmbeddedScheduler({ clock });
    await scheduler.start(async () => {
      await new Promise<void>((resolve) => (release = resolve));
      finished = true;
    });
    await scheduler.arm(timer('t-slow', 1));
    const advancing = clock.advanceTo(at(1));
    await new Promise((resolve) => setImmediate(resolve));

    const stopping = scheduler.stop();
    release();
    await stopping;

    expect(finished).toBe(true);
    await advancing;
  });
});
