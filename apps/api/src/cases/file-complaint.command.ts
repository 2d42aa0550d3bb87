import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { CalendarProvider, type CommandContext, type CommandOutcome, CommandProcessor, processCaseCommand } from '@pdr/application';
import { defaultProgrammeOf, requireProgramme } from '@pdr/procedures';
import type { FileComplaintDto } from './file-complaint.dto';
import { registryAtFiling } from './eligibility/participation-evidence';

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

  async execute({ caseId, body, context }: FileComplaintCommand): Promise<CommandOutcome> {
    // Issue 12: the programme named gives the rulebook; the DTO allows only known ids, and requires one of the two.
    const rulebookId = body.rulebookId ?? requireProgramme(body.programmeId!).rulebookId;
    const programme = body.programmeId ?? defaultProgrammeOf(rulebookId)?.id ?? rulebookId;
    // VS-3.1(b), CASRO-4: what the registry holds, at filing, of the Participant the complaint names by its registry id.
    const registry = body.respondent.businessId ? await registryAtFiling(this.processor, body.respondent.businessId, programme, body.receivedAt) : undefined;
    return processCaseCommand(this.processor, this.calendars, caseId, context, undefined, (issuedAt) => ({ kind: 'FileComplaint', caseId, ...body, rulebookId, ...(registry ? { registry } : {}), issuedAt }));
  }
}
