import type { RecordedEvent } from '@pdr/event-sourcing';
import type { BusinessDeadlineSet, DeadlineExtended, DeadlineSet } from '@pdr/procedures';
import type { EventStore, Subscription } from '../ports/event-store.port';
import type { Scheduler } from '../ports/scheduler.port';
import { businessDeadlineTimer, businessDeadlineTimerId, deadlineTimer, deadlineTimerId } from './deadline-timer';

/**
 * Keeps timers in step with the log as it grows: a deadline set or extended arms its timer, one met,
 * cancelled or lapsed disarms it. History before `after` is the reconciler's job.
 */
export class DeadlineTimerSync {
  private subscription?: Subscription;

  constructor(
    private readonly store: EventStore,
    private readonly scheduler: Scheduler,
    /** A timer that could not be armed or disarmed: reported, and left to the next reconciliation. */
    private readonly onFailure: (error: unknown, event: RecordedEvent) => void = () => undefined,
  ) {}

  start(after: number): void {
    this.subscription = this.store.subscribeToAll(
      { after: after >= 0 ? after : undefined },
      {
        onEvents: async (events) => {
          for (const event of events) {
            try {
              await this.apply(event);
            } catch (error) {
              // One timer's trouble (Redis down, a job mid-delivery) must not stop the others from being armed.
              this.onFailure(error, event);
            }
          }
        },
      },
    );
  }

  async stop(): Promise<void> {
    await this.subscription?.stop();
    this.subscription = undefined;
  }

  private async apply(event: RecordedEvent): Promise<void> {
    switch (event.type) {
      case 'DeadlineSet':
      case 'DeadlineExtended': {
        const { caseId, deadlineId, dueAt } = event.data as DeadlineSet['data'] | DeadlineExtended['data'];
        await this.scheduler.arm(deadlineTimer(caseId, deadlineId, dueAt));
        return;
      }
      case 'DeadlineMet':
      case 'DeadlineCancelled':
      case 'DeadlineLapsed': {
        const { caseId, deadlineId } = event.data as { caseId: string; deadlineId: string };
        await this.scheduler.disarm(deadlineTimerId(caseId, deadlineId));
        return;
      }
      // Deadlines on a business's own stream (enrolment, CASRO-4): the same timers, keyed by the business.
      case 'BusinessDeadlineSet': {
        const { businessId, deadlineId, dueAt } = event.data as BusinessDeadlineSet['data'];
        await this.scheduler.arm(businessDeadlineTimer(businessId, deadlineId, dueAt));
        return;
      }
      case 'BusinessDeadlineMet':
      case 'BusinessDeadlineLapsed': {
        const { businessId, deadlineId } = event.data as { businessId: string; deadlineId: string };
        await this.scheduler.disarm(businessDeadlineTimerId(businessId, deadlineId));
        return;
      }
    }
  }
}
