import { Controller, Get, Headers, Query, Res } from '@nestjs/common';
import { ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import { DeadlineQueries } from '@pdr/read-side';
import type { FastifyReply } from 'fastify';
import { MIN_POSITION_HEADER, ReadConsistency } from '../http/read-consistency';
import { ListDeadlinesDto } from './list-deadlines.dto';
import { ApiReadResponse } from '../http/api-responses';
import { PageOf } from '../http/page-of';
import { PendingDeadlineDto } from './pending-deadline.dto';

const DeadlinePage = PageOf(PendingDeadlineDto);

@ApiTags('deadlines')
@Controller('deadlines')
export class DeadlinesController {
  constructor(
    private readonly deadlines: DeadlineQueries,
    private readonly consistency: ReadConsistency,
  ) {}

  @Get()
  @ApiOperation({ summary: 'Running deadlines across all cases, earliest first' })
  @ApiHeader({ name: 'X-Min-Position', required: false, description: 'Wait until the read model includes this log position' })
  @ApiReadResponse(DeadlinePage)
  async list(@Query() params: ListDeadlinesDto, @Headers(MIN_POSITION_HEADER) minPosition: string | undefined, @Res({ passthrough: true }) reply: FastifyReply): Promise<InstanceType<typeof DeadlinePage>> {
    await this.consistency.honour(minPosition, reply);
    const { page, pageSize, ...filters } = params;
    return this.deadlines.list({ ...filters, page: page ?? 1, pageSize: pageSize ?? 25 });
  }
}
