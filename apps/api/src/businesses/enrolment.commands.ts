import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { type CommandContext, type CommandOutcome, CommandProcessor } from '@pdr/application';
import { type BusinessCommand, businessDecider, businessStream } from '@pdr/procedures';

/** One enrolment step (CASRO-1 to CASRO-4) on a business's stream: the command is built with the processor's "now". */
export class EnrolmentStepCommand extends Command<CommandOutcome> {
  constructor(
    readonly businessId: string,
    readonly build: (issuedAt: string) => BusinessCommand,
    readonly context: CommandContext,
    readonly expectedRevision: number | undefined,
  ) {
    super();
  }
}

@CommandHandler(EnrolmentStepCommand)
export class EnrolmentStepHandler implements ICommandHandler<EnrolmentStepCommand> {
  constructor(private readonly processor: CommandProcessor) {}

  execute({ businessId, build, context, expectedRevision }: EnrolmentStepCommand): Promise<CommandOutcome> {
    return this.processor.process({ streamId: businessStream(businessId), decider: businessDecider, context, command: build, ...(expectedRevision === undefined ? {} : { expectedRevision }) });
  }
}
