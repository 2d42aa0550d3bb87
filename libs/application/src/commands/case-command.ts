import { type CaseCommand, caseDecider, caseStream } from '@pdr/procedures';
import type { CommandContext } from './actor';
import type { CommandOutcome, CommandProcessor } from './command-processor';

/** Runs a command on a case's stream, stamping its events with the case's rulebook. */
export function processCaseCommand(
  processor: CommandProcessor,
  caseId: string,
  context: CommandContext,
  expectedRevision: number | undefined,
  command: (issuedAt: string) => CaseCommand,
): Promise<CommandOutcome> {
  return processor.process({
    streamId: caseStream(caseId),
    decider: caseDecider,
    context,
    ...(expectedRevision === undefined ? {} : { expectedRevision }),
    rulebook: (state) => (state.status === 'none' ? undefined : state.rulebook),
    command,
  });
}
