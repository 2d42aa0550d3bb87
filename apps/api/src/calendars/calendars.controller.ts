import { BadRequestException, Body, Controller, Get, HttpCode, NotFoundException, Param, Post, Query, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { BusinessCalendar } from '@pdr/calendar';
import { CalendarProvider, type CommandContext } from '@pdr/application';
import { Context } from '../http/request-context.decorator';
import { ApiCommandResponse, ApiReadResponse } from '../http/api-responses';
import { CalendarListDto, ClosureAddedDto, DueDateDto, HolidaysDto } from './calendar-responses.dto';
import type { FastifyReply } from 'fastify';
import { AddClosureCommand, AddClosureDto } from './add-closure.command';
import { DueDateQueryDto, HolidaysQueryDto } from './calendar-queries.dto';

/** Read-only business-day arithmetic for staff and other tools, and the administrator's closures. */
@ApiTags('calendars')
@Controller('calendars')
export class CalendarsController {
  constructor(
    private readonly calendars: CalendarProvider,
    private readonly commands: CommandBus,
  ) {}

  @Get()
  @ApiOperation({ summary: 'The calendars deadlines are counted in' })
  @ApiReadResponse(CalendarListDto)
  list(): CalendarListDto {
    return { calendars: this.calendars.ids() };
  }

  @Get(':calendarId/holidays')
  @ApiOperation({ summary: 'Observed non-business dates of a year other than weekends (holidays and closures)' })
  @ApiReadResponse(HolidaysDto)
  async holidays(@Param('calendarId') calendarId: string, @Query() { year }: HolidaysQueryDto): Promise<HolidaysDto> {
    const calendar = await this.find(calendarId);
    return { calendarId, year, timeZone: calendar.timeZone, dates: calendar.nonBusinessDates(year) };
  }

  @Get(':calendarId/due-date')
  @ApiOperation({ summary: 'When a period that starts with a receipt ends: N business days or N calendar days after it' })
  @ApiReadResponse(DueDateDto)
  async dueDate(@Param('calendarId') calendarId: string, @Query() query: DueDateQueryDto): Promise<DueDateDto> {
    if ((query.businessDays === undefined) === (query.calendarDays === undefined)) {
      throw new BadRequestException({ message: 'give exactly one of businessDays and calendarDays', field: query.businessDays === undefined ? 'businessDays' : 'calendarDays' });
    }
    const calendar = await this.find(calendarId);
    let receivedAt: string;
    try {
      receivedAt = calendar.endOfDay(query.receivedOn);
    } catch (error) {
      throw new BadRequestException({ message: `receivedOn: ${(error as Error).message}`, field: 'receivedOn' });
    }
    const due = query.businessDays !== undefined ? calendar.addBusinessDays(receivedAt, query.businessDays) : calendar.addCalendarDays(receivedAt, query.calendarDays!);
    return {
      calendarId,
      receivedOn: query.receivedOn,
      ...(query.businessDays !== undefined ? { businessDays: query.businessDays } : { calendarDays: query.calendarDays }),
      ...due,
    };
  }

  @Post(':calendarId/closures')
  @HttpCode(201)
  @ApiOperation({ summary: 'Record a one-off closure (an administrator only); deadlines set afterwards skip it' })
  @ApiCommandResponse(ClosureAddedDto, { status: 201 })
  async addClosure(@Param('calendarId') calendarId: string, @Body() body: AddClosureDto, @Context() context: CommandContext, @Res({ passthrough: true }) reply: FastifyReply): Promise<ClosureAddedDto> {
    await this.find(calendarId);
    const outcome = await this.commands.execute(new AddClosureCommand(calendarId, body, context));
    // Like every command: the calendar stream's new revision, for the next If-Match.
    reply.header('etag', `"${outcome.revision}"`);
    return { calendarId, date: body.date, revision: outcome.revision, position: outcome.position };
  }

  private async find(calendarId: string): Promise<BusinessCalendar> {
    const calendar = await this.calendars.find(calendarId);
    if (!calendar) throw new NotFoundException({ message: `no calendar ${calendarId}; known: ${this.calendars.ids().join(', ')}`, field: 'calendarId' });
    return calendar;
  }
}
