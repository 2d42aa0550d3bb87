import { Inject, Injectable } from '@nestjs/common';
import { type Clock, type EventStore, isControllable, pendingDeadlineKey } from '@pdr/application';
import { RuleViolation } from '@pdr/event-sourcing';
import { periodEndedAt } from '@pdr/procedures';
import { ProjectionsService } from '../projections/projections.service';
import { CLOCK, EVENT_STORE } from '../tokens';
import { DeadlinesService } from './deadlines.service';

const CATCH_UP_TIMEOUT_MS = 60_000;

/**
 * Moves a controllable clock forward (tests, training sandbox). It steps from one due deadline to the
 * next, so every deadline whose period ended by the target fires in order and at its own time (the millisecond
 * after its `dueAt`, once its last day is over), including deadlines that earlier lapses set on the way; the log
 * then reads as if the time had really passed. Moving to exactly a `dueAt` leaves that deadline pending.
 */
@Injectable()
export class ClockController {
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(EVENT_STORE) private readonly eventStore: EventStore,
    private readonly deadlines: DeadlinesService,
    private readonly projections: ProjectionsService,
  ) {}

  get controllable(): boolean {
    return isControllable(this.clock);
  }

  now(): Date {
    return this.clock.now();
  }

  /** One move at a time, in the order asked. */
  advanceTo(target: Date): Promise<{ now: string; deadlinesFired: number }> {
    const run = this.queue.then(() => this.step(target));
    this.queue = run.catch(() => undefined);
    return run;
  }

  private async step(target: Date): Promise<{ now: string; deadlinesFired: number }> {
    const clock = this.clock;
    if (!isControllable(clock)) throw new RuleViolation('conflict', 'CLOCK-NOT-CONTROLLABLE', 'the clock follows real time: start the service with CLOCK=controllable');
    if (target.getTime() < clock.now().getTime()) {
      throw new RuleViolation('unprocessable', 'CLOCK-FORWARD-ONLY', `the clock only moves forward: it is ${clock.now().toISOString()}`, 'now');
    }
    let deadlinesFired = 0;
    let previous: string | undefined;
    for (;;) {
      await this.catchUp();
      // Periods ended by the target: due strictly before it (one due exactly at the target is in its last millisecond).
      // Cases' deadlines and those on businesses' streams (enrolment), earliest first.
      const [next] = await this.deadlines.pending.pending({ dueBy: new Date(target.getTime() - 1).toISOString(), limit: 1 });
      if (!next) break;
      const key = pendingDeadlineKey(next);
      if (key === previous) throw new Error(`deadline ${key} stayed pending after its lapse was recorded`);
      previous = key;
      const at = Math.max(clock.now().getTime(), Date.parse(periodEndedAt(next.dueAt)));
      // The in-process scheduler fires the timer as the clock reaches it; recording here covers any scheduler
      // (and is a no-op when the timer already did it).
      await clock.advanceTo(new Date(at));
      await this.deadlines.lapses.recordPending(next, 'clock');
      deadlinesFired++;
    }
    await clock.advanceTo(target);
    await this.catchUp();
    // BBB-8.3: files whose retention ended on the way are disposed of, as the periodic reconciliation would.
    if ((await this.deadlines.retention.sweep()).length > 0) await this.catchUp();
    return { now: clock.now().toISOString(), deadlinesFired };
  }

  private async catchUp(): Promise<void> {
    const head = await this.eventStore.headPosition();
    if (!(await this.projections.waitFor(head, CATCH_UP_TIMEOUT_MS))) throw new Error(`projections did not reach position ${head}`);
  }
}
