import { caseDecider, caseStream, periodHasEnded } from '@pdr/procedures';
import type { CommandOutcome, CommandProcessor } from '../commands/command-processor';
import type { CalendarProvider } from '../calendars/calendar-provider';
import type { Clock } from '../ports/clock.port';
import { processCaseCommand } from '../commands/case-command';
import { deterministicId } from '../commands/deterministic-id';

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

  record(caseId: string, deadlineId: string, trigger: 'timer' | 'reconciliation' | 'clock'): Promise<CommandOutcome> {
    const context = {
      actorId: `deadline-${trigger}`,
      actorRole: 'system' as const,
      correlationId: deterministicId('deadline', caseId, deadlineId),
      commandId: deterministicId('lapse', caseId, deadlineId, trigger),
    };
    return processCaseCommand(this.processor, this.calendars, caseId, context, undefined, (issuedAt) => ({ kind: 'RecordDeadlineLapse', caseId, deadlineId, issuedAt }));
  }
}
