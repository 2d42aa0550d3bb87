import { caseDecider, caseStream } from '@pdr/procedures';
import type { CommandOutcome, CommandProcessor } from '../commands/command-processor';
import { deterministicId } from '../commands/deterministic-id';

/**
 * Tells a case that one of its deadlines' time has come. The decider re-checks the state, so an early,
 * late or repeated call does nothing wrong; what follows a lapse is the procedure's decision.
 */
export class DeadlineLapses {
  constructor(private readonly processor: CommandProcessor) {}

  record(caseId: string, deadlineId: string, trigger: 'timer' | 'reconciliation' | 'clock'): Promise<CommandOutcome> {
    return this.processor.process({
      streamId: caseStream(caseId),
      decider: caseDecider,
      context: {
        actorId: `deadline-${trigger}`,
        actorRole: 'system',
        correlationId: deterministicId('deadline', caseId, deadlineId),
        commandId: deterministicId('lapse', caseId, deadlineId, trigger),
      },
      rulebook: (state) => (state.status === 'none' ? undefined : state.rulebook),
      command: (issuedAt) => ({ kind: 'RecordDeadlineLapse' as const, caseId, deadlineId, issuedAt }),
    });
  }
}
