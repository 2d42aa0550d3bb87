import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, Max, Min } from 'class-validator';
import { IsCalendarDate } from '../http/validators/is-calendar-date';

export class HolidaysQueryDto {
  @ApiPropertyOptional({ example: 2026, description: 'Calendar year (1900–2200)' })
  @Type(() => Number)
  @IsInt()
  @Min(1900)
  @Max(2200)
  year!: number;
}

export class DueDateQueryDto {
  @ApiPropertyOptional({ example: '2026-03-02', description: 'Date of receipt (YYYY-MM-DD, in the calendar\'s time zone)' })
  @IsCalendarDate()
  receivedOn!: string;

  @ApiPropertyOptional({ description: 'Business days after receipt (give this or calendarDays)' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(3650)
  businessDays?: number;

  @ApiPropertyOptional({ description: 'Calendar days after receipt (give this or businessDays)' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(3650)
  calendarDays?: number;
}
