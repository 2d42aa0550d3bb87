import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { type CommandContext, type CommandOutcome, CommandProcessor } from '@pdr/application';
import { contactDecider, contactStream } from '@pdr/procedures';
import type { RecordContactDto } from './record-contact.dto';

export class RecordContactCommand extends Command<CommandOutcome> {
  constructor(
    readonly contactId: string,
    readonly body: RecordContactDto,
    readonly context: CommandContext,
  ) {
    super();
  }
}

@CommandHandler(RecordContactCommand)
export class RecordContactHandler implements ICommandHandler<RecordContactCommand> {
  constructor(private readonly processor: CommandProcessor) {}

  execute({ contactId, body, context }: RecordContactCommand): Promise<CommandOutcome> {
    return this.processor.process({
      streamId: contactStream(contactId),
      decider: contactDecider,
      context,
      command: (issuedAt) => ({ kind: 'RecordContact' as const, contactId, ...body, issuedAt }),
    });
  }
}
