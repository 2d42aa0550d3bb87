import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { CalendarProvider, type CommandContext, type CommandOutcome, CommandProcessor, processCaseCommand } from '@pdr/application';
import { IsInt, IsOptional, IsString, Length, Max, Min } from 'class-validator';
import { calendarForCase } from './information-request.commands';

export class ExtendDeadlineDto {
  @ApiPropertyOptional({ description: 'Business days added to the current due date (give this or calendarDays)' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(365)
  businessDays?: number;

  @ApiPropertyOptional({ description: 'Calendar days added to the current due date (give this or businessDays)' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(365)
  calendarDays?: number;

  @ApiProperty({ description: 'The good cause for the extension (BBB-4.5.4, VS-8.4a)' })
  @IsString()
  @Length(1, 5000)
  reason!: string;
}

export class ExtendDeadlineCommand extends Command<CommandOutcome> {
  constructor(
    readonly caseId: string,
    readonly deadlineId: string,
    readonly body: ExtendDeadlineDto,
    readonly context: CommandContext,
    readonly expectedRevision: number | undefined,
  ) {
    super();
  }
}

@CommandHandler(ExtendDeadlineCommand)
export class ExtendDeadlineHandler implements ICommandHandler<ExtendDeadlineCommand> {
  constructor(
    private readonly processor: CommandProcessor,
    private readonly calendars: CalendarProvider,
  ) {}

  async execute({ caseId, deadlineId, body, context, expectedRevision }: ExtendDeadlineCommand): Promise<CommandOutcome> {
    const calendar = await calendarForCase(this.processor, this.calendars, caseId);
    const period = body.businessDays !== undefined ? { count: body.businessDays, unit: 'business-days' as const } : { count: body.calendarDays!, unit: 'calendar-days' as const };
    return processCaseCommand(this.processor, this.calendars, caseId, context, expectedRevision, (issuedAt) => ({ kind: 'ExtendDeadline' as const, caseId, deadlineId, ...period, reason: body.reason, grantedBy: context.actorId, calendar: calendar!, issuedAt }));
  }
}
