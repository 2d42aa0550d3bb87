import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { type CommandContext, type CommandOutcome, CommandProcessor } from '@pdr/application';
import { businessDecider, businessStream } from '@pdr/procedures';
import type { RegisterBusinessDto } from './register-business.dto';

export class RegisterBusinessCommand extends Command<CommandOutcome> {
  constructor(
    readonly businessId: string,
    readonly body: RegisterBusinessDto,
    readonly context: CommandContext,
  ) {
    super();
  }
}

@CommandHandler(RegisterBusinessCommand)
export class RegisterBusinessHandler implements ICommandHandler<RegisterBusinessCommand> {
  constructor(private readonly processor: CommandProcessor) {}

  execute({ businessId, body, context }: RegisterBusinessCommand): Promise<CommandOutcome> {
    return this.processor.process({
      streamId: businessStream(businessId),
      decider: businessDecider,
      context,
      command: (issuedAt) => ({ kind: 'RegisterBusiness' as const, businessId, ...body, country: body.country ?? 'US', issuedAt }),
    });
  }
}
