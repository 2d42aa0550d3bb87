import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { type CommandContext, type CommandOutcome, CommandProcessor, processCaseCommand } from '@pdr/application';
import type { CaseCommand } from '@pdr/procedures';

/**
 * A procedure action on a case. `prepare` gathers what the decider cannot read itself (a registry entry,
 * participation evidence) and returns the command to decide, built once the time is known.
 */
export class CaseActionCommand extends Command<CommandOutcome> {
  constructor(
    readonly caseId: string,
    readonly context: CommandContext,
    readonly expectedRevision: number | undefined,
    readonly prepare: (processor: CommandProcessor) => Promise<(issuedAt: string) => CaseCommand>,
  ) {
    super();
  }
}

@CommandHandler(CaseActionCommand)
export class CaseActionHandler implements ICommandHandler<CaseActionCommand> {
  constructor(private readonly processor: CommandProcessor) {}

  async execute({ caseId, context, expectedRevision, prepare }: CaseActionCommand): Promise<CommandOutcome> {
    const build = await prepare(this.processor);
    return processCaseCommand(this.processor, caseId, context, expectedRevision, build);
  }
}
