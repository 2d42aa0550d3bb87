import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { CalendarProvider, type CommandContext, type CommandOutcome, CommandProcessor, processCaseCommand } from '@pdr/application';
import { defaultProgrammeOf, type FileComplaint, requireProgramme } from '@pdr/procedures';
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
    return processCaseCommand(this.processor, this.calendars, caseId, context, undefined, await filingCommand(this.processor, caseId, body));
  }
}

/**
 * The FileComplaint command a filing makes, once the time is known: its rulebook (the programme's, when it names one:
 * the DTO allows only known ids and requires one of the two) and what the registry holds, at filing, of the
 * Participant the complaint names by its registry id (VS-3.1(b), CASRO-4). Staff intake and the public form's check
 * before holding a submission both build it here.
 */
export async function filingCommand(processor: CommandProcessor, caseId: string, body: FileComplaintDto): Promise<(issuedAt: string) => FileComplaint> {
  const rulebookId = body.rulebookId ?? requireProgramme(body.programmeId!).rulebookId;
  const programme = body.programmeId ?? defaultProgrammeOf(rulebookId)?.id ?? rulebookId;
  const registry = body.respondent.businessId ? await registryAtFiling(processor, body.respondent.businessId, programme, body.receivedAt) : undefined;
  return (issuedAt) => ({ kind: 'FileComplaint', caseId, ...body, rulebookId, ...(registry ? { registry } : {}), issuedAt });
}
