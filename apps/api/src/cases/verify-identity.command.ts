import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { ApiProperty } from '@nestjs/swagger';
import { CalendarProvider, type CommandContext, type CommandOutcome, CommandProcessor, processCaseCommand } from '@pdr/application';
import { IsString, Length } from 'class-validator';

export class VerifyIdentityDto {
  @ApiProperty({ description: 'How the identity was checked', example: 'passport copy checked against the complaint form' })
  @IsString()
  @Length(1, 2000)
  method!: string;
}

export class VerifyIdentityCommand extends Command<CommandOutcome> {
  constructor(
    readonly caseId: string,
    readonly body: VerifyIdentityDto,
    readonly context: CommandContext,
    readonly expectedRevision: number | undefined,
  ) {
    super();
  }
}

@CommandHandler(VerifyIdentityCommand)
export class VerifyIdentityHandler implements ICommandHandler<VerifyIdentityCommand> {
  constructor(
    private readonly processor: CommandProcessor,
    private readonly calendars: CalendarProvider,
  ) {}

  execute({ caseId, body, context, expectedRevision }: VerifyIdentityCommand): Promise<CommandOutcome> {
    return processCaseCommand(this.processor, this.calendars, caseId, context, expectedRevision, (issuedAt) => ({ kind: 'VerifyComplainantIdentity', caseId, method: body.method, issuedAt }));
  }
}
