import { ControllableClock, DeadlineReconciler, deadlineTimer, deadlineTimerId, type PendingDeadline, pendingDeadlinesIn, RECONCILE_PAGE, type Scheduler } from '@pdr/application';
import { EmbeddedScheduler } from '@pdr/scheduler-embedded';

/** A scheduler that refuses to arm one timer, as BullMQ does for a job in the middle of its delivery. */
function refusing(scheduler: Scheduler, timerId: string): Scheduler {
  return Object.assign(Object.create(scheduler) as Scheduler, {
    arm: (timer: Parameters<Scheduler['arm']>[0]) => (timer.timerId === timerId ? Promise.reject(new Error('busy')) : scheduler.arm(timer)),
  });
}

describe('deadline reconciler', () => {
  const clock = new ControllableClock(new Date('2026-06-10T12:00:00Z'));
  const pending: PendingDeadline[] = [
    { caseId: 'a', deadlineId: 'information-response-1', dueAt: '2026-06-05T03:59:59.999Z' },
    { caseId: 'b', deadlineId: 'information-response-1', dueAt: '2026-06-20T03:59:59.999Z' },
    { caseId: 'c', deadlineId: 'information-response-1', dueAt: '2026-06-30T03:59:59.999Z' },
  ];
  const source = { pending: async () => pending };

  it('re-arms missing timers, drops stale ones, fires overdue deadlines earliest first', async () => {
    const scheduler = new EmbeddedScheduler({ clock });
    await scheduler.arm({ timerId: 'deadline.gone.information-response-1', dueAt: '2026-07-01T00:00:00.000Z', payload: {} });
    const fired: string[] = [];
    const lapses = { record: async (caseId: string) => void fired.push(caseId) };
    const reconciler = new DeadlineReconciler(source, scheduler, lapses as never, clock, async () => undefined);

    expect(await reconciler.reconcile()).toMatchObject({ pending: 3, armedBefore: 1, rearmed: 2, disarmed: 1, firedOverdue: 1, failures: 0 });
    expect(fired).toEqual(['a']);
    expect((await scheduler.armed()).map((timer) => timer.timerId).sort()).toEqual([deadlineTimerId('b', 'information-response-1'), deadlineTimerId('c', 'information-response-1')]);

    // A second pass finds nothing to do: reconciliation is idempotent.
    expect(await reconciler.reconcile()).toMatchObject({ rearmed: 0, disarmed: 0, firedOverdue: 1 });
  });

  it('BBB-4.4.1 reads the pending deadlines a page at a time, letting requests through between pages, and still arms every one and fires every overdue one', async () => {
    const many: PendingDeadline[] = Array.from({ length: RECONCILE_PAGE * 2 + 7 }, (_, i) => ({
      caseId: `case-${String(i).padStart(5, '0')}`,
      deadlineId: 'respondent-response-1',
      // Several deadlines share each instant, so pages split ties (the cursor carries the key too); every 100th is overdue.
      dueAt: new Date(Date.UTC(2026, 5, i % 100 === 0 ? 1 : 20) + Math.floor(i / 3) * 60_000).toISOString(),
    }));
    const source = pendingDeadlinesIn(() => many);
    // A request waiting when the pass starts: served before the second page is read, not after the last.
    let requestServed = false;
    setImmediate(() => (requestServed = true));
    const pages: Array<{ size: number; requestServedBefore: boolean }> = [];
    const paged = {
      pending: async (options?: Parameters<typeof source.pending>[0]) => {
        const page = await source.pending(options);
        pages.push({ size: page.length, requestServedBefore: requestServed });
        return page;
      },
    };
    const scheduler = new EmbeddedScheduler({ clock });
    const fired: string[] = [];
    const lapses = { record: async (caseId: string) => void fired.push(caseId) };
    const reconciler = new DeadlineReconciler(paged, scheduler, lapses as never, clock, async () => undefined);

    const report = await reconciler.reconcile();

    const overdue = many.filter((_, i) => i % 100 === 0);
    expect(report).toMatchObject({ pending: many.length, rearmed: many.length - overdue.length, firedOverdue: overdue.length, failures: 0 });
    expect(fired.sort()).toEqual(overdue.map((d) => d.caseId).sort());
    expect(await scheduler.armed()).toHaveLength(many.length - overdue.length);
    expect(pages).toEqual([
      { size: RECONCILE_PAGE, requestServedBefore: false },
      { size: RECONCILE_PAGE, requestServedBefore: true },
      { size: 7, requestServedBefore: true },
    ]);
  });

  it('BBB-4.4.1 keeps a timer the timer sync moved during the pass: its deadline may have moved behind the page being read', async () => {
    const scheduler = new EmbeddedScheduler({ clock });
    const moved = { caseId: 'm', deadlineId: 'information-response-1', dueAt: '2026-06-25T03:59:59.999Z' };
    await scheduler.arm(deadlineTimer(moved.caseId, moved.deadlineId, moved.dueAt));
    // The source no longer lists the deadline (it moved behind the cursor), while the timer sync arms its new due time.
    const source = {
      pending: async () => {
        await scheduler.arm(deadlineTimer(moved.caseId, moved.deadlineId, '2026-06-15T03:59:59.999Z'));
        return [] as PendingDeadline[];
      },
    };
    const reconciler = new DeadlineReconciler(source, scheduler, { record: async () => undefined } as never, clock, async () => undefined);

    expect(await reconciler.reconcile()).toMatchObject({ disarmed: 0 });
    expect(await scheduler.armed()).toEqual([expect.objectContaining({ timerId: deadlineTimerId('m', 'information-response-1'), dueAt: '2026-06-15T04:00:00.000Z' })]);
  });

  it('goes on past a timer it cannot arm, counts and reports it', async () => {
    const scheduler = new EmbeddedScheduler({ clock });
    const reported: unknown[] = [];
    const lapses = { record: async () => undefined };
    const reconciler = new DeadlineReconciler(source, refusing(scheduler, deadlineTimerId('b', 'information-response-1')), lapses as never, clock, async () => undefined, (error) => reported.push(error));

    expect(await reconciler.reconcile()).toMatchObject({ rearmed: 1, failures: 1 });
    expect(reported).toHaveLength(1);
    expect((await scheduler.armed()).map((timer) => timer.timerId)).toEqual([deadlineTimerId('c', 'information-response-1')]);
  });
});

describe('deadline timers fire once the period has ended', () => {
  // Friday 19 June 2026 in New York: its last millisecond is 03:59:59.999 UTC on the 20th.
  const dueAt = '2026-06-20T03:59:59.999Z';

  it('BBB-2.4b a timer is armed for dueAt + 1 ms, never for dueAt, when a submission is still on time', () => {
    expect(deadlineTimer('b', 'information-response-1', dueAt)).toEqual({
      timerId: deadlineTimerId('b', 'information-response-1'),
      dueAt: '2026-06-20T04:00:00.000Z',
      payload: { caseId: 'b', deadlineId: 'information-response-1' },
    });
  });

  it('BBB-2.4b the reconciler arms it for dueAt + 1 ms, leaves a deadline at exactly dueAt pending, and fires it one millisecond later', async () => {
    const clock = new ControllableClock(new Date('2026-06-10T12:00:00Z'));
    const scheduler = new EmbeddedScheduler({ clock });
    const fired: string[] = [];
    const lapses = { record: async (caseId: string) => void fired.push(caseId) };
    const source = { pending: async (): Promise<PendingDeadline[]> => [{ caseId: 'b', deadlineId: 'information-response-1', dueAt }] };
    const reconciler = new DeadlineReconciler(source, scheduler, lapses as never, clock, async () => undefined);

    expect(await reconciler.reconcile()).toMatchObject({ rearmed: 1, firedOverdue: 0 });
    expect(await scheduler.armed()).toEqual([expect.objectContaining({ timerId: deadlineTimerId('b', 'information-response-1'), dueAt: '2026-06-20T04:00:00.000Z' })]);
    // A timer armed (by an older version) for dueAt itself is moved to the end of the period.
    await scheduler.arm({ timerId: deadlineTimerId('b', 'information-response-1'), dueAt, payload: { caseId: 'b', deadlineId: 'information-response-1' } });
    expect(await reconciler.reconcile()).toMatchObject({ rearmed: 1, firedOverdue: 0 });
    expect((await scheduler.armed())[0]!.dueAt).toBe('2026-06-20T04:00:00.000Z');

    // In the last millisecond the period has not ended: not overdue.
    await clock.advanceTo(new Date(dueAt));
    expect(await reconciler.reconcile()).toMatchObject({ rearmed: 0, firedOverdue: 0 });
    expect(fired).toEqual([]);

    await clock.advanceTo(new Date('2026-06-20T04:00:00.000Z'));
    expect(await reconciler.reconcile()).toMatchObject({ firedOverdue: 1 });
    expect(fired).toEqual(['b']);
  });
});
