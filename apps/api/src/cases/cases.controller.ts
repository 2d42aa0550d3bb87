import { randomUUID } from 'node:crypto';
import { BadRequestException, Body, Controller, Get, Headers, HttpCode, NotFoundException, Param, ParseUUIDPipe, Post, Query, Req, Res } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiExtraModels, ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import { type CommandContext, type CommandOutcome, deterministicId } from '@pdr/application';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { ApiCommandResponse, ApiReadResponse } from '../http/api-responses';
import { KeysetPageOf } from '../http/page-of';
import { answerCaseCommand, idIn } from './case-command-answer';
import { CaseCommandAcceptedDto, CaseFiledDto, InformationRequestedDto } from './case-command-response.dto';
import { CaseDetailDto } from './case-detail.dto';
import { CASE_MAP_VALUES, CaseSummaryDto } from './case-summary.dto';
import { MIN_POSITION_HEADER, ReadConsistency } from '../http/read-consistency';
import { IfMatch } from '../http/if-match.decorator';
import { Context } from '../http/request-context.decorator';
import { GetCaseQuery, ListCasesQuery } from './case-queries.handlers';
import { FileComplaintCommand } from './file-complaint.command';
import { FileComplaintDto } from './file-complaint.dto';
import { ListCasesDto } from './list-cases.dto';
import { caseListScope } from '../access/case-access';
import { VerifyIdentityCommand, VerifyIdentityDto } from './verify-identity.command';
import { ExtendDeadlineCommand, ExtendDeadlineDto } from './extend-deadline.command';
import { ReceiveInformationCommand, ReceiveInformationDto, RequestInformationCommand, RequestInformationDto } from './information-request.commands';

const uuid = (name: string) => new ParseUUIDPipe({ exceptionFactory: () => new NotFoundException({ message: `no case with ${name} of that form`, field: name }) });

const CasePage = KeysetPageOf(CaseSummaryDto);

@ApiTags('cases')
@ApiExtraModels(...CASE_MAP_VALUES)
@Controller('cases')
export class CasesController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
    private readonly consistency: ReadConsistency,
  ) {}

  @Post()
  @HttpCode(201)
  @ApiOperation({ summary: 'File a complaint under a rulebook (BBB-2.1, VS-3.1): the case enters eligibility review' })
  @ApiHeader({ name: 'Idempotency-Key', required: false, description: 'A retried request with the same key files nothing twice' })
  @ApiCommandResponse(CaseFiledDto, { status: 201, location: true })
  async file(@Body() body: FileComplaintDto, @Context() context: CommandContext, @Res({ passthrough: true }) reply: FastifyReply): Promise<CaseFiledDto> {
    const caseId = context.idempotencyKey ? deterministicId('case', context.idempotencyKey) : randomUUID();
    const outcome: CommandOutcome = await this.commands.execute(new FileComplaintCommand(caseId, body, context));
    reply.header('location', `/cases/${caseId}`);
    return { caseId, ...answerCaseCommand(reply, outcome) };
  }

  @Post(':caseId/identity-verification')
  @HttpCode(200)
  @ApiOperation({ summary: "Record that the Complainant's identity was verified (BBB-2.2.1)" })
  @ApiCommandResponse(CaseCommandAcceptedDto)
  @ApiHeader({ name: 'If-Match', required: false, description: 'The revision last seen (ETag); 409 when the case moved on' })
  async verifyIdentity(
    @Param('caseId', uuid('caseId')) caseId: string,
    @Body() body: VerifyIdentityDto,
    @Context() context: CommandContext,
    @IfMatch() expectedRevision: number | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<CaseCommandAcceptedDto> {
    return answerCaseCommand(reply, await this.commands.execute(new VerifyIdentityCommand(caseId, body, context, expectedRevision)));
  }

  @Post(':caseId/information-requests')
  @HttpCode(201)
  @ApiOperation({ summary: 'Ask the Complainant for more information; the answer is due within the rulebook\'s period (BBB-2.4b, VS-5.4)' })
  @ApiCommandResponse(InformationRequestedDto, { status: 201 })
  @ApiHeader({ name: 'If-Match', required: false })
  async requestInformation(
    @Param('caseId', uuid('caseId')) caseId: string,
    @Body() body: RequestInformationDto,
    @Context() context: CommandContext,
    @IfMatch() expectedRevision: number | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<InformationRequestedDto> {
    const outcome: CommandOutcome = await this.commands.execute(new RequestInformationCommand(caseId, body, context, expectedRevision));
    return answerCaseCommand(reply, outcome, (events) => ({ requestId: idIn(events, 'InformationRequested', 'requestId') }));
  }

  @Post(':caseId/information-responses')
  @HttpCode(200)
  @ApiOperation({ summary: 'Record the Complainant\'s answer to a request for information (meets its deadline)' })
  @ApiCommandResponse(CaseCommandAcceptedDto)
  @ApiHeader({ name: 'If-Match', required: false })
  async receiveInformation(
    @Param('caseId', uuid('caseId')) caseId: string,
    @Body() body: ReceiveInformationDto,
    @Context() context: CommandContext,
    @IfMatch() expectedRevision: number | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<CaseCommandAcceptedDto> {
    return answerCaseCommand(reply, await this.commands.execute(new ReceiveInformationCommand(caseId, body, context, expectedRevision)));
  }

  @Post(':caseId/deadlines/:deadlineId/extensions')
  @HttpCode(200)
  @ApiOperation({ summary: 'Extend a running deadline for good cause (BBB-4.5.4, VS-8.4a); who granted it and why are recorded' })
  @ApiCommandResponse(CaseCommandAcceptedDto)
  @ApiHeader({ name: 'If-Match', required: false })
  async extendDeadline(
    @Param('caseId', uuid('caseId')) caseId: string,
    @Param('deadlineId') deadlineId: string,
    @Body() body: ExtendDeadlineDto,
    @Context() context: CommandContext,
    @IfMatch() expectedRevision: number | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<CaseCommandAcceptedDto> {
    if ((body.businessDays === undefined) === (body.calendarDays === undefined)) {
      throw new BadRequestException({ message: 'give exactly one of businessDays and calendarDays', field: body.businessDays === undefined ? 'businessDays' : 'calendarDays' });
    }
    return answerCaseCommand(reply, await this.commands.execute(new ExtendDeadlineCommand(caseId, deadlineId, body, context, expectedRevision)));
  }

  @Get()
  @ApiOperation({ summary: 'The case list: filter, sort and page (by `cursor`, or by `page`); `count=true` adds the total' })
  @ApiHeader({ name: 'X-Min-Position', required: false, description: 'Wait until the read model includes this log position' })
  @ApiReadResponse(CasePage)
  async list(@Query() params: ListCasesDto, @Req() request: FastifyRequest, @Headers(MIN_POSITION_HEADER) minPosition: string | undefined, @Res({ passthrough: true }) reply: FastifyReply): Promise<InstanceType<typeof CasePage>> {
    await this.consistency.honour(minPosition, reply);
    return this.queries.execute(new ListCasesQuery(params, caseListScope(request.access!)));
  }

  @Get(':caseId')
  @ApiOperation({ summary: 'One case' })
  @ApiHeader({ name: 'X-Min-Position', required: false, description: 'Wait until the read model includes this log position' })
  @ApiReadResponse(CaseDetailDto, { etag: true })
  async get(@Param('caseId', uuid('caseId')) caseId: string, @Headers(MIN_POSITION_HEADER) minPosition: string | undefined, @Res({ passthrough: true }) reply: FastifyReply): Promise<CaseDetailDto> {
    await this.consistency.honour(minPosition, reply);
    const found = await this.queries.execute(new GetCaseQuery(caseId));
    if (!found) throw new NotFoundException({ message: `no case ${caseId}`, field: 'caseId' });
    reply.header('etag', `"${found.revision}"`);
    return found;
  }
}
