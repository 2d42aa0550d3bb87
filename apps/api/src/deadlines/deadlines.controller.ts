import { Controller, Get, Headers, Query, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { DeadlineQueries } from '@pdr/read-side';
import type { FastifyReply } from 'fastify';
import { MIN_POSITION_HEADER, ReadConsistency } from '../http/read-consistency';
import { ListDeadlinesDto } from './list-deadlines.dto';

@ApiTags('deadlines')
@Controller('deadlines')
export class DeadlinesController {
  constructor(
    private readonly deadlines: DeadlineQueries,
    private readonly consistency: ReadConsistency,
  ) {}

  @Get()
  @ApiOperation({ summary: 'Running deadlines across all cases, earliest first' })
  async list(@Query() params: ListDeadlinesDto, @Headers(MIN_POSITION_HEADER) minPosition: string | undefined, @Res({ passthrough: true }) reply: FastifyReply) {
    await this.consistency.honour(minPosition, reply);
    const { page, pageSize, ...filters } = params;
    return this.deadlines.list({ ...filters, page: page ?? 1, pageSize: pageSize ?? 25 });
  }
}
