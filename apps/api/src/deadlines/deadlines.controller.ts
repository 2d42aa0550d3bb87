import { Controller, Get, Headers, Query, Res } from '@nestjs/common';
import { ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import { DeadlineQueries } from '@pdr/read-side';
import type { FastifyReply } from 'fastify';
import { MIN_POSITION_HEADER, ReadConsistency } from '../http/read-consistency';
import { ListDeadlinesDto } from './list-deadlines.dto';
import { ApiReadResponse } from '../http/api-responses';
import { readingCursor } from '../http/keyset-paging.dto';
import { KeysetPageOf } from '../http/page-of';
import { PendingDeadlineDto } from './pending-deadline.dto';

const DeadlinePage = KeysetPageOf(PendingDeadlineDto);

@ApiTags('deadlines')
@Controller('deadlines')
export class DeadlinesController {
  constructor(
    private readonly deadlines: DeadlineQueries,
    private readonly consistency: ReadConsistency,
  ) {}

  @Get()
  @ApiOperation({ summary: 'Running deadlines across all cases, earliest first; page by `cursor` (or `page`), `count=true` adds the total' })
  @ApiHeader({ name: 'X-Min-Position', required: false, description: 'Wait until the read model includes this log position' })
  @ApiReadResponse(DeadlinePage)
  async list(@Query() params: ListDeadlinesDto, @Headers(MIN_POSITION_HEADER) minPosition: string | undefined, @Res({ passthrough: true }) reply: FastifyReply): Promise<InstanceType<typeof DeadlinePage>> {
    await this.consistency.honour(minPosition, reply);
    const { page, pageSize, cursor, count, ...filters } = params;
    return readingCursor(params, () => this.deadlines.list({ ...filters, page: page ?? 1, pageSize: pageSize ?? 25, ...(cursor !== undefined ? { cursor } : {}), ...(count ? { count } : {}) }));
  }
}
