import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { CalendarProvider, type CommandContext, type CommandOutcome, CommandProcessor, processCaseCommand } from '@pdr/application';
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
  constructor(
    private readonly processor: CommandProcessor,
    private readonly calendars: CalendarProvider,
  ) {}

  execute({ caseId, body, context }: FileComplaintCommand): Promise<CommandOutcome> {
    return processCaseCommand(this.processor, this.calendars, caseId, context, undefined, (issuedAt) => ({ kind: 'FileComplaint', caseId, ...body, issuedAt }));
  }
}
