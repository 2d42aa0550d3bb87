import { randomUUID } from 'node:crypto';
import { Body, Controller, Get, Headers, HttpCode, NotFoundException, Param, ParseUUIDPipe, Post, Query, Res } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import { type CommandContext, type CommandOutcome, deterministicId } from '@pdr/application';
import type { FastifyReply } from 'fastify';
import { ApiCommandResponse, ApiReadResponse } from '../http/api-responses';
import { CommandAcceptedDto } from '../http/command-response.dto';
import { PageOf } from '../http/page-of';
import { PanelistDto, PanelistEnrolledDto, SelectionPreviewResultDto } from './panelist.dto';
import { IfMatch } from '../http/if-match.decorator';
import { MIN_POSITION_HEADER, ReadConsistency } from '../http/read-consistency';
import { Context } from '../http/request-context.decorator';
import { DeclareRelationshipDto, WithdrawPanelistDto } from './declare-relationship.dto';
import { EnrolPanelistDto } from './enrol-panelist.dto';
import { PanelistCommandMessage } from './panelist.commands';
import { GetPanelistQuery, ListPanelistsQuery, PreviewSelectionQuery } from './panelist-queries.handlers';
import { ListPanelistsDto, SelectionPreviewDto } from './panelist-queries.dto';

const panelistIdPipe = new ParseUUIDPipe({ exceptionFactory: () => new NotFoundException({ message: 'no panelist with an id of that form', field: 'panelistId' }) });

function accepted(reply: FastifyReply, outcome: CommandOutcome): CommandAcceptedDto {
  reply.header('etag', `"${outcome.revision}"`);
  return { revision: outcome.revision, position: outcome.position };
}

/** The Data Privacy Board (BBB-4.2): its members, their declared ties, and a preview of selection for a Case. */
const PanelistPage = PageOf(PanelistDto);

@ApiTags('panelists')
@Controller('panelists')
export class PanelistsController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
    private readonly consistency: ReadConsistency,
  ) {}

  @Post()
  @HttpCode(201)
  @ApiOperation({ summary: 'Enrol a Panelist on the Data Privacy Board (an administrator only; BBB-4.2)' })
  @ApiHeader({ name: 'Idempotency-Key', required: false })
  @ApiCommandResponse(PanelistEnrolledDto, { status: 201, location: true })
  async enrol(@Body() body: EnrolPanelistDto, @Context() context: CommandContext, @Res({ passthrough: true }) reply: FastifyReply): Promise<PanelistEnrolledDto> {
    const panelistId = context.idempotencyKey ? deterministicId('panelist', context.idempotencyKey) : randomUUID();
    const outcome = await this.commands.execute(new PanelistCommandMessage(panelistId, (issuedAt) => ({ kind: 'EnrolPanelist', panelistId, ...body, issuedAt }), context));
    reply.header('location', `/panelists/${panelistId}`);
    return { panelistId, ...accepted(reply, outcome) };
  }

  @Post(':panelistId/relationships')
  @HttpCode(201)
  @ApiOperation({ summary: 'Declare a tie with a business or person, checked for conflicts at every selection (BBB-4.2.1)' })
  @ApiCommandResponse(CommandAcceptedDto, { status: 201 })
  @ApiHeader({ name: 'If-Match', required: false })
  async declareRelationship(
    @Param('panelistId', panelistIdPipe) panelistId: string,
    @Body() body: DeclareRelationshipDto,
    @Context() context: CommandContext,
    @IfMatch() expectedRevision: number | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<CommandAcceptedDto> {
    const { kind, ...tie } = body;
    const message = new PanelistCommandMessage(panelistId, (issuedAt) => ({ kind: 'DeclareRelationship', panelistId, ...tie, relationshipKind: kind, issuedAt }), context, expectedRevision);
    return accepted(reply, await this.commands.execute(message));
  }

  @Post(':panelistId/withdrawal')
  @HttpCode(200)
  @ApiOperation({ summary: 'Withdraw a Panelist from the Board: never selected again' })
  @ApiCommandResponse()
  @ApiHeader({ name: 'If-Match', required: false })
  async withdraw(
    @Param('panelistId', panelistIdPipe) panelistId: string,
    @Body() body: WithdrawPanelistDto,
    @Context() context: CommandContext,
    @IfMatch() expectedRevision: number | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<CommandAcceptedDto> {
    const message = new PanelistCommandMessage(panelistId, (issuedAt) => ({ kind: 'WithdrawPanelist', panelistId, reason: body.reason, issuedAt }), context, expectedRevision);
    return accepted(reply, await this.commands.execute(message));
  }

  @Get()
  @ApiOperation({ summary: 'Members of the Board by name (withdrawn ones on request)' })
  @ApiHeader({ name: 'X-Min-Position', required: false, description: 'Wait until the read model includes this log position' })
  @ApiReadResponse(PanelistPage)
  async list(@Query() params: ListPanelistsDto, @Headers(MIN_POSITION_HEADER) minPosition: string | undefined, @Res({ passthrough: true }) reply: FastifyReply): Promise<InstanceType<typeof PanelistPage>> {
    await this.consistency.honour(minPosition, reply);
    return this.queries.execute(new ListPanelistsQuery(params.page ?? 1, params.pageSize ?? 25, params.includeWithdrawn ?? false));
  }

  // Declared before ':panelistId' so the literal path is never read as an id.
  @Get('selection-preview')
  @ApiOperation({ summary: 'Who would be eligible and who excluded and why (BBB-4.2.1, BBB-4.5); appoints no one and reveals no draw' })
  @ApiHeader({ name: 'X-Min-Position', required: false, description: 'Wait until the read model includes this log position' })
  @ApiReadResponse(SelectionPreviewResultDto)
  async previewSelection(@Query() params: SelectionPreviewDto, @Headers(MIN_POSITION_HEADER) minPosition: string | undefined, @Res({ passthrough: true }) reply: FastifyReply): Promise<SelectionPreviewResultDto> {
    await this.consistency.honour(minPosition, reply);
    const { respondentName, respondentBusinessId, complainantName, respondentCompetitors } = params;
    const selectionCase = { respondentName, complainantName, ...(respondentBusinessId ? { respondentBusinessId } : {}), ...(respondentCompetitors ? { respondentCompetitors } : {}) };
    return this.queries.execute(new PreviewSelectionQuery(selectionCase, params.exclude ?? []));
  }

  @Get(':panelistId')
  @ApiOperation({ summary: 'One Panelist with their declared ties' })
  @ApiHeader({ name: 'X-Min-Position', required: false, description: 'Wait until the read model includes this log position' })
  @ApiReadResponse(PanelistDto, { etag: true })
  async get(@Param('panelistId', panelistIdPipe) panelistId: string, @Headers(MIN_POSITION_HEADER) minPosition: string | undefined, @Res({ passthrough: true }) reply: FastifyReply): Promise<PanelistDto> {
    await this.consistency.honour(minPosition, reply);
    const found = await this.queries.execute(new GetPanelistQuery(panelistId));
    if (!found) throw new NotFoundException({ message: `no panelist ${panelistId}`, field: 'panelistId' });
    reply.header('etag', `"${found.revision}"`);
    return found;
  }
}
