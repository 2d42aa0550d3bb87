import { Body, Controller, Get, Headers, HttpCode, NotFoundException, Param, ParseUUIDPipe, Post, Query, Res } from '@nestjs/common';
import { ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { CommandContext } from '@pdr/application';
import { ErasureRequestQueries } from '@pdr/read-side';
import type { FastifyReply } from 'fastify';
import { ApiCommandResponse, ApiReadResponse } from '../http/api-responses';
import { readingCursor } from '../http/keyset-paging.dto';
import { KeysetPageOf } from '../http/page-of';
import { MIN_POSITION_HEADER, ReadConsistency } from '../http/read-consistency';
import { Context } from '../http/request-context.decorator';
import { ErasureAnswerDto, ErasureRequestDto, ListErasureRequestsDto, RequestErasureDto } from './erasure-request.dto';
import { ErasureRequests } from './erasure-requests.service';

const ErasureRequestPage = KeysetPageOf(ErasureRequestDto);
const requestIdPipe = new ParseUUIDPipe({ exceptionFactory: () => new NotFoundException({ message: 'no erasure request with that id', field: 'requestId' }) });

/** GDPR Art. 17: requests to erase a contact's or a Complainant's data, what was erased, and what had to wait. */
@ApiTags('erasure-requests')
@Controller('erasure-requests')
export class ErasureRequestsController {
  constructor(
    private readonly erasure: ErasureRequests,
    private readonly requests: ErasureRequestQueries,
    private readonly consistency: ReadConsistency,
  ) {}

  @Post()
  @HttpCode(201)
  @ApiOperation({
    summary: "Record a GDPR Art. 17 erasure request and erase what may be erased now: a contact at any time, a Complainant's data once the case is closed",
    description:
      "The request is recorded, then the covered data's keys are destroyed: everything it held reads [erased] from then on, in the log, the read models and every answer. " +
      "An open case's Complainant data is needed by the procedure (GDPR Art. 17(3)(e)): the request is answered deferred (ERASURE-CASE-OPEN), erasable once the case closes; " +
      'record a new request then. The audit trail keeps the fact of the request and of the erasure, never the data.',
  })
  @ApiHeader({ name: 'Idempotency-Key', required: false })
  @ApiCommandResponse(ErasureAnswerDto, { status: 201, location: true })
  async request(@Body() body: RequestErasureDto, @Context() context: CommandContext, @Res({ passthrough: true }) reply: FastifyReply): Promise<ErasureAnswerDto> {
    const answer = await this.erasure.request(context, body);
    reply.header('etag', `"${answer.revision}"`).header('location', `/erasure-requests/${answer.requestId}`);
    return answer;
  }

  @Get()
  @ApiOperation({ summary: 'Erasure requests, newest received first; by status on request; page by `cursor` (or `page`), `count=true` adds the total' })
  @ApiHeader({ name: 'X-Min-Position', required: false, description: 'Wait until the read model includes this log position' })
  @ApiReadResponse(ErasureRequestPage)
  async list(@Query() params: ListErasureRequestsDto, @Headers(MIN_POSITION_HEADER) minPosition: string | undefined, @Res({ passthrough: true }) reply: FastifyReply): Promise<InstanceType<typeof ErasureRequestPage>> {
    await this.consistency.honour(minPosition, reply);
    const { cursor, count } = params;
    return readingCursor(params, () =>
      this.requests.list({ page: params.page ?? 1, pageSize: params.pageSize ?? 25, ...(params.status ? { status: params.status } : {}), ...(cursor !== undefined ? { cursor } : {}), ...(count ? { count } : {}) }),
    );
  }

  @Get(':requestId')
  @ApiOperation({ summary: 'One erasure request and its answer' })
  @ApiHeader({ name: 'X-Min-Position', required: false, description: 'Wait until the read model includes this log position' })
  @ApiReadResponse(ErasureRequestDto, { etag: true })
  async get(@Param('requestId', requestIdPipe) requestId: string, @Headers(MIN_POSITION_HEADER) minPosition: string | undefined, @Res({ passthrough: true }) reply: FastifyReply): Promise<ErasureRequestDto> {
    await this.consistency.honour(minPosition, reply);
    const found = await this.requests.get(requestId);
    if (!found) throw new NotFoundException({ message: `no erasure request ${requestId}`, field: 'requestId' });
    reply.header('etag', `"${found.revision}"`);
    return found;
  }
}
