import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { type CommandContext, type CommandOutcome, CommandProcessor } from '@pdr/application';
import { caseDecider, caseStream } from '@pdr/procedures';
import type { FileComplaintDto } from './file-complaint.dto';

export class FileComplaintCommand extends Command<CommandOutcome> {
  constructor(
    readonly caseId: string,
    readonly body: FileComplaintDto,
    readonly context: CommandContext,
  ) {
    super();
  }
}

@CommandHandler(FileComplaintCommand)
export class FileComplaintHandler implements ICommandHandler<FileComplaintCommand> {
  constructor(private readonly processor: CommandProcessor) {}

  execute({ caseId, body, context }: FileComplaintCommand): Promise<CommandOutcome> {
    return this.processor.process({
      streamId: caseStream(caseId),
      decider: caseDecider,
      context,
      command: (issuedAt) => ({ kind: 'FileComplaint' as const, caseId, ...body, issuedAt }),
    });
  }
}
