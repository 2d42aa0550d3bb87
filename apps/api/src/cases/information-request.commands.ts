import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { ApiProperty } from '@nestjs/swagger';
import { CalendarProvider, type CommandContext, type CommandOutcome, CommandProcessor, processCaseCommand } from '@pdr/application';
import { caseStream, CHANNELS, type Channel, requireRulebookVersion } from '@pdr/procedures';
import { IsIn, IsString, Length } from 'class-validator';
import { IsInstant } from '../http/validators/is-instant';

export class RequestInformationDto {
  @ApiProperty({ description: 'What the Complainant is asked for', example: 'Copies of the emails you received after unsubscribing' })
  @IsString()
  @Length(1, 5000)
  requested!: string;

  @ApiProperty({ enum: CHANNELS, example: 'email' })
  @IsIn(CHANNELS)
  channel!: Channel;
}

export class ReceiveInformationDto {
  @ApiProperty({ description: 'When the answer arrived (ISO 8601 instant)' })
  @IsInstant()
  receivedAt!: string;

  @ApiProperty({ description: 'What arrived' })
  @IsString()
  @Length(1, 20000)
  summary!: string;
}

export class RequestInformationCommand extends Command<CommandOutcome> {
  constructor(
    readonly caseId: string,
    readonly body: RequestInformationDto,
    readonly context: CommandContext,
    readonly expectedRevision: number | undefined,
  ) {
    super();
  }
}

export class ReceiveInformationCommand extends Command<CommandOutcome> {
  constructor(
    readonly caseId: string,
    readonly body: ReceiveInformationDto,
    readonly context: CommandContext,
    readonly expectedRevision: number | undefined,
  ) {
    super();
  }
}

/** The calendar of the rulebook version a case was filed under, closures included; undefined when the case does not exist yet. */
export async function calendarForCase(processor: CommandProcessor, calendars: CalendarProvider, caseId: string) {
  const rulebook = await processor.rulebookOf(caseStream(caseId));
  return rulebook ? calendars.require(requireRulebookVersion(rulebook).calendarId) : undefined;
}

@CommandHandler(RequestInformationCommand)
export class RequestInformationHandler implements ICommandHandler<RequestInformationCommand> {
  constructor(
    private readonly processor: CommandProcessor,
    private readonly calendars: CalendarProvider,
  ) {}

  async execute({ caseId, body, context, expectedRevision }: RequestInformationCommand): Promise<CommandOutcome> {
    const calendar = await calendarForCase(this.processor, this.calendars, caseId);
    return processCaseCommand(this.processor, this.calendars, caseId, context, expectedRevision, (issuedAt) => ({ kind: 'RequestInformation' as const, caseId, requested: body.requested, channel: body.channel, calendar: calendar!, issuedAt }));
  }
}

@CommandHandler(ReceiveInformationCommand)
export class ReceiveInformationHandler implements ICommandHandler<ReceiveInformationCommand> {
  constructor(
    private readonly processor: CommandProcessor,
    private readonly calendars: CalendarProvider,
  ) {}

  execute({ caseId, body, context, expectedRevision }: ReceiveInformationCommand): Promise<CommandOutcome> {
    return processCaseCommand(this.processor, this.calendars, caseId, context, expectedRevision, (issuedAt) => ({ kind: 'ReceiveRequestedInformation' as const, caseId, receivedAt: body.receivedAt, summary: body.summary, issuedAt }));
  }
}
