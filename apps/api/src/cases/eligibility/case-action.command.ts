import { Command, type CommandBus, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { CalendarProvider, type CommandContext, type CommandOutcome, CommandProcessor, processCaseCommand } from '@pdr/application';
import type { NewEvent } from '@pdr/event-sourcing';
import type { CaseCommand } from '@pdr/procedures';
import { answerCaseCommand, type CaseCommandAnswer, type CreatedIds } from '../case-command-answer';

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
  constructor(
    private readonly processor: CommandProcessor,
    private readonly calendars: CalendarProvider,
  ) {}

  async execute({ caseId, context, expectedRevision, prepare }: CaseActionCommand): Promise<CommandOutcome> {
    const build = await prepare(this.processor);
    return processCaseCommand(this.processor, this.calendars, caseId, context, expectedRevision, build);
  }
}

/** Runs a case action from a controller; `created` names in the answer the ids of what the action created. */
export async function runCaseAction<T extends CreatedIds = Record<never, never>>(
  commands: CommandBus,
  reply: { header(name: string, value: string): unknown },
  action: CaseActionCommand,
  created?: (events: readonly NewEvent[]) => T,
): Promise<CaseCommandAnswer & T> {
  const outcome: CommandOutcome = await commands.execute(action);
  return answerCaseCommand(reply, outcome, created);
}

/** The same, for a controller's action: the command is prepared as the case's stream is read. */
export function actOnCase<T extends CreatedIds = Record<never, never>>(
  commands: CommandBus,
  reply: { header(name: string, value: string): unknown },
  caseId: string,
  context: CommandContext,
  expectedRevision: number | undefined,
  prepare: (processor: CommandProcessor) => Promise<(issuedAt: string) => CaseCommand>,
  created?: (events: readonly NewEvent[]) => T,
): Promise<CaseCommandAnswer & T> {
  return runCaseAction(commands, reply, new CaseActionCommand(caseId, context, expectedRevision, prepare), created);
}
