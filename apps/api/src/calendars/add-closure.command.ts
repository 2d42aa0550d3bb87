import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { ApiProperty } from '@nestjs/swagger';
import { CalendarProvider, type CommandContext, type CommandOutcome, CommandProcessor } from '@pdr/application';
import { calendarDecider, calendarStream } from '@pdr/procedures';
import { IsString, Length } from 'class-validator';
import { IsCalendarDate } from '../http/validators/is-calendar-date';

export class AddClosureDto {
  @ApiProperty({ example: '2025-01-09', description: 'The day the office is closed (YYYY-MM-DD)' })
  @IsCalendarDate()
  date!: string;

  @ApiProperty({ example: 'Executive order: national day of mourning' })
  @IsString()
  @Length(1, 500)
  reason!: string;
}

export class AddClosureCommand extends Command<CommandOutcome> {
  constructor(
    readonly calendarId: string,
    readonly body: AddClosureDto,
    readonly context: CommandContext,
  ) {
    super();
  }
}

@CommandHandler(AddClosureCommand)
export class AddClosureHandler implements ICommandHandler<AddClosureCommand> {
  constructor(
    private readonly processor: CommandProcessor,
    private readonly calendars: CalendarProvider,
  ) {}

  async execute({ calendarId, body, context }: AddClosureCommand): Promise<CommandOutcome> {
    const calendar = await this.calendars.require(calendarId);
    return this.processor.process({
      streamId: calendarStream(calendarId),
      decider: calendarDecider,
      context,
      command: (issuedAt) => ({ kind: 'AddClosure' as const, calendar, date: body.date, reason: body.reason, issuedAt }),
    });
  }
}
