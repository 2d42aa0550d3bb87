import { Body, Controller, Get, HttpCode, Post } from '@nestjs/common';
import { ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import type { CommandContext } from '@pdr/application';
import { ClockController } from '@pdr/platform';
import { IsInstant } from '../http/validators/is-instant';
import { Context } from '../http/request-context.decorator';
import { ApiCommandResponse, ApiReadResponse } from '../http/api-responses';
import { ClockAdvancedDto, ClockDto } from './clock.dto';

export class SetClockDto {
  @ApiProperty({ description: 'The new time (ISO 8601 instant); the clock only moves forward', example: '2026-04-01T00:00:00Z' })
  @IsInstant()
  now!: string;
}

/** The controllable clock of a test or training instance (CLOCK=controllable); never on by default. */
@ApiTags('operations')
@Controller('admin/clock')
export class AdminClockController {
  constructor(private readonly clock: ClockController) {}

  @Get()
  @ApiOperation({ summary: 'The service\'s time, and whether it can be moved' })
  @ApiReadResponse(ClockDto)
  get(): ClockDto {
    return { now: this.clock.now().toISOString(), controllable: this.clock.controllable };
  }

  @Post()
  @HttpCode(200)
  @ApiOperation({ summary: 'Move a controllable clock forward: every deadline due by then fires, in order, at its own time' })
  @ApiCommandResponse(ClockAdvancedDto, { etag: false })
  advance(@Body() body: SetClockDto, @Context() context: CommandContext): Promise<ClockAdvancedDto> {
    return this.clock.advanceTo(new Date(body.now));
  }
}
