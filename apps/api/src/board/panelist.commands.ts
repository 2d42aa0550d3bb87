import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { type CommandContext, type CommandOutcome, CommandProcessor } from '@pdr/application';
import { type PanelistCommand, panelistDecider, panelistStream } from '@pdr/procedures';

/** Any panelist command: the controller builds it from the request; one handler runs them all on the panelist's stream. */
export class PanelistCommandMessage extends Command<CommandOutcome> {
  constructor(
    readonly panelistId: string,
    readonly command: (issuedAt: string) => PanelistCommand,
    readonly context: CommandContext,
    readonly expectedRevision?: number,
  ) {
    super();
  }
}

@CommandHandler(PanelistCommandMessage)
export class PanelistCommandHandler implements ICommandHandler<PanelistCommandMessage> {
  constructor(private readonly processor: CommandProcessor) {}

  execute({ panelistId, command, context, expectedRevision }: PanelistCommandMessage): Promise<CommandOutcome> {
    return this.processor.process({
      streamId: panelistStream(panelistId),
      decider: panelistDecider,
      context,
      command,
      ...(expectedRevision === undefined ? {} : { expectedRevision }),
    });
  }
}
