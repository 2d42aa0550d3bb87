import { businessDecider, businessStream, caseDecider, caseStream, periodHasEnded } from '@pdr/procedures';
import type { CommandOutcome, CommandProcessor } from '../commands/command-processor';
import type { CalendarProvider } from '../calendars/calendar-provider';
import type { Clock } from '../ports/clock.port';
import { processCaseCommand } from '../commands/case-command';
import { deterministicId } from '../commands/deterministic-id';
import type { PendingDeadline } from './pending-deadline-source';

type Trigger = 'timer' | 'reconciliation' | 'clock';

/**
 * Tells a case that one of its deadlines' time has come. The decider re-checks the state, so an early,
 * late or repeated call does nothing wrong; what follows a lapse is the procedure's decision.
 */
export class DeadlineLapses {
  constructor(
    private readonly processor: CommandProcessor,
    private readonly calendars: CalendarProvider,
    private readonly clock: Clock,
  ) {}

  /**
   * For a timer: records the lapse, and throws when the timer came before the period ended (clocks of
   * Redis and of this process differ slightly), so the scheduler delivers it again after its backoff.
   */
  async fire(caseId: string, deadlineId: string): Promise<CommandOutcome> {
    const outcome = await this.record(caseId, deadlineId, 'timer');
    if (outcome.events.length > 0) return outcome;
    const { state } = await this.processor.state(caseStream(caseId), caseDecider);
    const deadline = state.status === 'none' ? undefined : state.deadlines[deadlineId];
    if (deadline?.status === 'pending' && !periodHasEnded(deadline.dueAt, this.clock.now())) {
      throw new Error(`timer for ${caseId}/${deadlineId} fired before its period ended (due ${deadline.dueAt}): to be delivered again`);
    }
    return outcome;
  }

  /** A timer's payload (ids only): a case's deadline, or one on a business's stream. */
  fireTimer(payload: Readonly<Record<string, string>>): Promise<CommandOutcome> {
    return payload.businessId !== undefined ? this.fireOnBusiness(payload.businessId, payload.deadlineId) : this.fire(payload.caseId, payload.deadlineId);
  }

  /** Reconciliation or the clock: records the lapse of a pending deadline, on whichever stream it lives. */
  recordPending(deadline: PendingDeadline, trigger: Trigger): Promise<CommandOutcome> {
    return deadline.businessId !== undefined ? this.recordOnBusiness(deadline.businessId, deadline.deadlineId, trigger) : this.record(deadline.caseId, deadline.deadlineId, trigger);
  }

  /** As `fire`, for a deadline on a business's stream (enrolment, CASRO-4): its lapse runs the business decider. */
  async fireOnBusiness(businessId: string, deadlineId: string): Promise<CommandOutcome> {
    const outcome = await this.recordOnBusiness(businessId, deadlineId, 'timer');
    if (outcome.events.length > 0) return outcome;
    const { state } = await this.processor.state(businessStream(businessId), businessDecider);
    const deadline = state.status === 'none' ? undefined : state.deadlines?.[deadlineId];
    if (deadline?.status === 'pending' && !periodHasEnded(deadline.dueAt, this.clock.now())) {
      throw new Error(`timer for business ${businessId}/${deadlineId} fired before its period ended (due ${deadline.dueAt}): to be delivered again`);
    }
    return outcome;
  }

  recordOnBusiness(businessId: string, deadlineId: string, trigger: Trigger): Promise<CommandOutcome> {
    const context = {
      actorId: `deadline-${trigger}`,
      actorRole: 'system' as const,
      correlationId: deterministicId('business-deadline', businessId, deadlineId),
      commandId: deterministicId('business-lapse', businessId, deadlineId, trigger),
    };
    return this.processor.process({
      streamId: businessStream(businessId),
      decider: businessDecider,
      context,
      command: (issuedAt) => ({ kind: 'RecordEnrolmentDeadlineLapse' as const, businessId, deadlineId, issuedAt }),
    });
  }

  record(caseId: string, deadlineId: string, trigger: Trigger): Promise<CommandOutcome> {
    const context = {
      actorId: `deadline-${trigger}`,
      actorRole: 'system' as const,
      correlationId: deterministicId('deadline', caseId, deadlineId),
      commandId: deterministicId('lapse', caseId, deadlineId, trigger),
    };
    return processCaseCommand(this.processor, this.calendars, caseId, context, undefined, (issuedAt) => ({ kind: 'RecordDeadlineLapse', caseId, deadlineId, issuedAt }));
  }
}
