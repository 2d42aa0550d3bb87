import { Body, Controller, Get, HttpCode, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { ProjectionsService } from '@pdr/platform';
import { RetryQuarantineDto } from './retry-quarantine.dto';
import { ApiCommandResponse, ApiReadResponse } from '../http/api-responses';
import { QuarantineListDto, QuarantineRetryDto } from './quarantine.dto';

/** Events a projection could not apply, set aside so the read side keeps serving; retried once the projection is fixed. */
@ApiTags('operations')
@Controller('admin/projections/quarantine')
export class AdminProjectionsController {
  constructor(private readonly projections: ProjectionsService) {}

  @Get()
  @ApiOperation({ summary: 'Quarantined events: where each is in the log and why it failed (never its data)' })
  @ApiReadResponse(QuarantineListDto)
  async list(): Promise<QuarantineListDto> {
    return { quarantined: await this.projections.quarantined() };
  }

  @Post('retry')
  @HttpCode(200)
  @ApiOperation({ summary: 'Apply quarantined events again (all, one projection\'s, or one event); those that go through leave the quarantine' })
  @ApiCommandResponse(QuarantineRetryDto, { etag: false })
  retry(@Body() body: RetryQuarantineDto): Promise<QuarantineRetryDto> {
    return this.projections.retryQuarantined(body?.projection, body?.eventId);
  }
}
