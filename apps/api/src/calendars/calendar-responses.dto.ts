import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { CommandAcceptedDto } from '../http/command-response.dto';

export class CalendarListDto {
  @ApiProperty({ type: [String], example: ['us-federal'] }) calendars!: string[];
}

/** A non-business date other than a weekend. */
export class NonBusinessDateDto {
  @ApiProperty({ format: 'date' }) date!: string;
  @ApiProperty({ example: 'Juneteenth (observed)' }) name!: string;
  @ApiProperty({ enum: ['holiday', 'closure'] }) kind!: 'holiday' | 'closure';
}

export class HolidaysDto {
  @ApiProperty() calendarId!: string;
  @ApiProperty() year!: number;
  @ApiProperty({ example: 'America/New_York' }) timeZone!: string;
  @ApiProperty({ type: [NonBusinessDateDto] }) dates!: readonly NonBusinessDateDto[];
}

/** When a period that starts with a receipt ends; exactly one of businessDays and calendarDays, as asked. */
export class DueDateDto {
  @ApiProperty() calendarId!: string;
  @ApiProperty({ format: 'date' }) receivedOn!: string;
  @ApiPropertyOptional() businessDays?: number;
  @ApiPropertyOptional() calendarDays?: number;
  @ApiProperty({ format: 'date' }) dueOn!: string;
  @ApiProperty({ format: 'date-time', description: 'The last millisecond of dueOn in the calendar’s time zone' }) dueAt!: string;
}

export class ClosureAddedDto extends CommandAcceptedDto {
  @ApiProperty() calendarId!: string;
  @ApiProperty({ format: 'date' }) date!: string;
}
