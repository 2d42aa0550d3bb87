import { randomUUID } from 'node:crypto';
import { Body, Controller, Get, Headers, HttpCode, NotFoundException, Param, ParseUUIDPipe, Post, Query, Res } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import { type CommandContext, type CommandOutcome, deterministicId } from '@pdr/application';
import type { FastifyReply } from 'fastify';
import { ApiCommandResponse, ApiReadResponse } from '../http/api-responses';
import { CommandAcceptedDto } from '../http/command-response.dto';
import { PageOf } from '../http/page-of';
import { BusinessDto, BusinessRegisteredDto, ParticipationStatusDto } from './business.dto';
import { IfMatch } from '../http/if-match.decorator';
import { MIN_POSITION_HEADER, ReadConsistency } from '../http/read-consistency';
import { Context } from '../http/request-context.decorator';
import { GetBusinessQuery, ListBusinessesQuery, ParticipationAtQuery } from './business-queries.handlers';
import { ListBusinessesDto, ParticipationAtDto } from './list-businesses.dto';
import { BeginParticipationCommand, RecordLapseCommand, RenewParticipationCommand } from './participation.commands';
import { BeginParticipationDto, RecordLapseDto, RenewParticipationDto } from './participation.dto';
import { RegisterBusinessCommand } from './register-business.command';
import { RegisterBusinessDto } from './register-business.dto';

const businessId = () => new ParseUUIDPipe({ exceptionFactory: () => new NotFoundException({ message: 'no business with an id of that form', field: 'businessId' }) });

function accepted(reply: FastifyReply, outcome: CommandOutcome): CommandAcceptedDto {
  reply.header('etag', `"${outcome.revision}"`);
  return { revision: outcome.revision, position: outcome.position };
}

const BusinessPage = PageOf(BusinessDto);

@ApiTags('businesses')
@Controller('businesses')
export class BusinessesController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
    private readonly consistency: ReadConsistency,
  ) {}

  @Post()
  @HttpCode(201)
  @ApiOperation({ summary: 'Register a US business in the participating-business registry' })
  @ApiHeader({ name: 'Idempotency-Key', required: false })
  @ApiCommandResponse(BusinessRegisteredDto, { status: 201, location: true })
  async register(@Body() body: RegisterBusinessDto, @Context() context: CommandContext, @Res({ passthrough: true }) reply: FastifyReply): Promise<BusinessRegisteredDto> {
    const id = context.idempotencyKey ? deterministicId('business', context.idempotencyKey) : randomUUID();
    const outcome = await this.commands.execute(new RegisterBusinessCommand(id, body, context));
    reply.header('location', `/businesses/${id}`);
    return { businessId: id, ...accepted(reply, outcome) };
  }

  @Post(':businessId/participation')
  @HttpCode(201)
  @ApiOperation({ summary: 'Record that participation in a program began (CASRO-4 self-certification)' })
  @ApiCommandResponse(CommandAcceptedDto, { status: 201 })
  @ApiHeader({ name: 'If-Match', required: false })
  async begin(
    @Param('businessId', businessId()) id: string,
    @Body() body: BeginParticipationDto,
    @Context() context: CommandContext,
    @IfMatch() expectedRevision: number | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<CommandAcceptedDto> {
    return accepted(reply, await this.commands.execute(new BeginParticipationCommand(id, body, context, expectedRevision)));
  }

  @Post(':businessId/participation-renewals')
  @HttpCode(201)
  @ApiOperation({ summary: 'Record a renewal of a current participation (CASRO-4: renewals are tracked)' })
  @ApiCommandResponse(CommandAcceptedDto, { status: 201 })
  @ApiHeader({ name: 'If-Match', required: false })
  async renew(
    @Param('businessId', businessId()) id: string,
    @Body() body: RenewParticipationDto,
    @Context() context: CommandContext,
    @IfMatch() expectedRevision: number | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<CommandAcceptedDto> {
    return accepted(reply, await this.commands.execute(new RenewParticipationCommand(id, body, context, expectedRevision)));
  }

  @Post(':businessId/participation-lapses')
  @HttpCode(201)
  @ApiOperation({ summary: 'Record that participation lapsed, was withdrawn or removed (CASRO-4: good standing ends)' })
  @ApiCommandResponse(CommandAcceptedDto, { status: 201 })
  @ApiHeader({ name: 'If-Match', required: false })
  async lapse(
    @Param('businessId', businessId()) id: string,
    @Body() body: RecordLapseDto,
    @Context() context: CommandContext,
    @IfMatch() expectedRevision: number | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<CommandAcceptedDto> {
    return accepted(reply, await this.commands.execute(new RecordLapseCommand(id, body, context, expectedRevision)));
  }

  @Get()
  @ApiOperation({ summary: 'The registry, by name: search by name or alias, program, and participation current at an instant' })
  @ApiHeader({ name: 'X-Min-Position', required: false })
  @ApiReadResponse(BusinessPage)
  async list(@Query() params: ListBusinessesDto, @Headers(MIN_POSITION_HEADER) minPosition: string | undefined, @Res({ passthrough: true }) reply: FastifyReply): Promise<InstanceType<typeof BusinessPage>> {
    await this.consistency.honour(minPosition, reply);
    const { page, pageSize, name, program, currentAt } = params;
    return this.queries.execute(
      new ListBusinessesQuery({ page: page ?? 1, pageSize: pageSize ?? 25, ...(name ? { name } : {}), ...(program ? { program } : {}), ...(currentAt ? { currentAt } : {}) }),
    );
  }

  @Get(':businessId')
  @ApiOperation({ summary: 'One business with its participation periods' })
  @ApiHeader({ name: 'X-Min-Position', required: false })
  @ApiReadResponse(BusinessDto, { etag: true })
  async get(@Param('businessId', businessId()) id: string, @Headers(MIN_POSITION_HEADER) minPosition: string | undefined, @Res({ passthrough: true }) reply: FastifyReply): Promise<BusinessDto> {
    await this.consistency.honour(minPosition, reply);
    const found = await this.queries.execute(new GetBusinessQuery(id));
    if (!found) throw new NotFoundException({ message: `no business ${id}`, field: 'businessId' });
    reply.header('etag', `"${found.revision}"`);
    return found;
  }

  @Get(':businessId/participation')
  @ApiOperation({ summary: 'Was participation in a program current at an instant (BBB-2.3, VS-3.1(b), CASRO-4)?' })
  @ApiHeader({ name: 'X-Min-Position', required: false })
  @ApiReadResponse(ParticipationStatusDto)
  async participationAt(
    @Param('businessId', businessId()) id: string,
    @Query() { program, at }: ParticipationAtDto,
    @Headers(MIN_POSITION_HEADER) minPosition: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<ParticipationStatusDto> {
    await this.consistency.honour(minPosition, reply);
    const status = await this.queries.execute(new ParticipationAtQuery(id, program, at));
    if (!status) throw new NotFoundException({ message: `no business ${id}`, field: 'businessId' });
    return { businessId: id, program, at, ...status };
  }
}
