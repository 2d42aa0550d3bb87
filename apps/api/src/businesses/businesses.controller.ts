import { randomUUID } from 'node:crypto';
import { Body, Controller, Get, Headers, HttpCode, Inject, NotFoundException, Param, ParseUUIDPipe, Post, Query, Res } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import { type Clock, type CommandContext, type CommandOutcome, deterministicId } from '@pdr/application';
import { CLOCK } from '@pdr/platform';
import type { BusinessCommand } from '@pdr/procedures';
import type { FastifyReply } from 'fastify';
import { ApiCommandResponse, ApiReadResponse } from '../http/api-responses';
import { CommandAcceptedDto } from '../http/command-response.dto';
import { PageOf } from '../http/page-of';
import { BusinessDto, BusinessRegisteredDto, CertificationDueDto, ParticipationStatusDto } from './business.dto';
import { EnrolmentStepCommand } from './enrolment.commands';
import {
  AcceptEnrolmentDto,
  ApplyForEnrolmentDto,
  CertificationsDueDto,
  RecordCertificationRenewalDto,
  RecordChecklistFindingsDto,
  RecordEnrolmentDocumentDto,
  RecordEnrolmentInformationDto,
  RecordSelfCertificationDto,
  RequestEnrolmentInformationDto,
} from './enrolment.dto';
import { IfMatch } from '../http/if-match.decorator';
import { MIN_POSITION_HEADER, ReadConsistency } from '../http/read-consistency';
import { Context } from '../http/request-context.decorator';
import { ApplicationsAwaitingStaffQuery, CertificationsDueQuery, GetBusinessQuery, ListBusinessesQuery, ParticipationAtQuery } from './business-queries.handlers';
import { PagingDto } from '../http/paging.dto';
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
const CertificationDuePage = PageOf(CertificationDueDto);
const DAY_MS = 24 * 60 * 60 * 1000;

@ApiTags('businesses')
@Controller('businesses')
export class BusinessesController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
    private readonly consistency: ReadConsistency,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /** An enrolment step on the business's stream (CASRO-1 to CASRO-4), its instant defaulting to the command's. */
  private async step(reply: FastifyReply, id: string, context: CommandContext, expectedRevision: number | undefined, build: (issuedAt: string) => BusinessCommand): Promise<CommandAcceptedDto> {
    return accepted(reply, await this.commands.execute(new EnrolmentStepCommand(id, build, context, expectedRevision)));
  }

  @Post(':businessId/enrolments')
  @HttpCode(201)
  @ApiOperation({ summary: 'CASRO-1: the business applies to a programme with enrolment steps' })
  @ApiCommandResponse(CommandAcceptedDto, { status: 201 })
  @ApiHeader({ name: 'If-Match', required: false })
  apply(@Param('businessId', businessId()) id: string, @Body() body: ApplyForEnrolmentDto, @Context() context: CommandContext, @IfMatch() revision: number | undefined, @Res({ passthrough: true }) reply: FastifyReply): Promise<CommandAcceptedDto> {
    return this.step(reply, id, context, revision, (issuedAt) => ({ kind: 'ApplyForEnrolment', businessId: id, programmeId: body.programmeId, appliedAt: body.appliedAt ?? issuedAt, issuedAt }));
  }

  @Post(':businessId/enrolments/:programmeId/checklist-findings')
  @HttpCode(201)
  @ApiOperation({ summary: 'CASRO-2: record findings of the privacy-policy review, each item with its finding and note' })
  @ApiCommandResponse(CommandAcceptedDto, { status: 201 })
  @ApiHeader({ name: 'If-Match', required: false })
  checklist(
    @Param('businessId', businessId()) id: string,
    @Param('programmeId') programmeId: string,
    @Body() body: RecordChecklistFindingsDto,
    @Context() context: CommandContext,
    @IfMatch() revision: number | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<CommandAcceptedDto> {
    const findings = body.findings.map(({ itemId, finding, note }) => ({ itemId, finding, note }));
    return this.step(reply, id, context, revision, (issuedAt) => ({ kind: 'RecordPolicyChecklistFindings', businessId: id, programmeId, findings, reviewedAt: body.reviewedAt ?? issuedAt, issuedAt }));
  }

  @Post(':businessId/enrolments/:programmeId/documents')
  @HttpCode(201)
  @ApiOperation({ summary: 'CASRO-3: record a signed agreement or the draft privacy policy received' })
  @ApiCommandResponse(CommandAcceptedDto, { status: 201 })
  @ApiHeader({ name: 'If-Match', required: false })
  document(
    @Param('businessId', businessId()) id: string,
    @Param('programmeId') programmeId: string,
    @Body() body: RecordEnrolmentDocumentDto,
    @Context() context: CommandContext,
    @IfMatch() revision: number | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<CommandAcceptedDto> {
    return this.step(reply, id, context, revision, (issuedAt) => ({ kind: 'RecordEnrolmentDocument', businessId: id, programmeId, documentId: body.documentId, receivedAt: body.receivedAt ?? issuedAt, issuedAt }));
  }

  @Post(':businessId/enrolments/:programmeId/information-requests')
  @HttpCode(201)
  @ApiOperation({ summary: 'CASRO-3: ask the business for more information' })
  @ApiCommandResponse(CommandAcceptedDto, { status: 201 })
  @ApiHeader({ name: 'If-Match', required: false })
  requestInformation(
    @Param('businessId', businessId()) id: string,
    @Param('programmeId') programmeId: string,
    @Body() body: RequestEnrolmentInformationDto,
    @Context() context: CommandContext,
    @IfMatch() revision: number | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<CommandAcceptedDto> {
    return this.step(reply, id, context, revision, (issuedAt) => ({ kind: 'RequestEnrolmentInformation', businessId: id, programmeId, requested: body.requested, requestedAt: body.requestedAt ?? issuedAt, issuedAt }));
  }

  @Post(':businessId/enrolments/:programmeId/information-requests/:requestId/answer')
  @HttpCode(201)
  @ApiOperation({ summary: "CASRO-3: record the business's answer to a request for more information" })
  @ApiCommandResponse(CommandAcceptedDto, { status: 201 })
  @ApiHeader({ name: 'If-Match', required: false })
  receiveInformation(
    @Param('businessId', businessId()) id: string,
    @Param('programmeId') programmeId: string,
    @Param('requestId') requestId: string,
    @Body() body: RecordEnrolmentInformationDto,
    @Context() context: CommandContext,
    @IfMatch() revision: number | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<CommandAcceptedDto> {
    return this.step(reply, id, context, revision, (issuedAt) => ({ kind: 'RecordEnrolmentInformation', businessId: id, programmeId, requestId, note: body.note, receivedAt: body.receivedAt ?? issuedAt, issuedAt }));
  }

  @Post(':businessId/enrolments/:programmeId/acceptance')
  @HttpCode(201)
  @ApiOperation({ summary: 'CASRO-3: accept the business (refused while a checklist item fails or is unrecorded, CASRO-2); the email notice is recorded; CASRO-4 self-certification period starts' })
  @ApiCommandResponse(CommandAcceptedDto, { status: 201 })
  @ApiHeader({ name: 'If-Match', required: false })
  accept(
    @Param('businessId', businessId()) id: string,
    @Param('programmeId') programmeId: string,
    @Body() body: AcceptEnrolmentDto,
    @Context() context: CommandContext,
    @IfMatch() revision: number | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<CommandAcceptedDto> {
    return this.step(reply, id, context, revision, (issuedAt) => ({ kind: 'AcceptEnrolment', businessId: id, programmeId, acceptedAt: body.acceptedAt ?? issuedAt, issuedAt }));
  }

  @Post(':businessId/enrolments/:programmeId/self-certifications')
  @HttpCode(201)
  @ApiOperation({ summary: 'CASRO-4: record the self-certification with the Department of Commerce, each framework on its own' })
  @ApiCommandResponse(CommandAcceptedDto, { status: 201 })
  @ApiHeader({ name: 'If-Match', required: false })
  selfCertify(
    @Param('businessId', businessId()) id: string,
    @Param('programmeId') programmeId: string,
    @Body() body: RecordSelfCertificationDto,
    @Context() context: CommandContext,
    @IfMatch() revision: number | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<CommandAcceptedDto> {
    return this.step(reply, id, context, revision, (issuedAt) => ({
      kind: 'RecordSelfCertification',
      businessId: id,
      programmeId,
      frameworks: body.frameworks,
      recourseMechanism: body.recourseMechanism,
      certifiedAt: body.certifiedAt ?? issuedAt,
      ...(body.renewalDueOn ? { renewalDueOn: body.renewalDueOn } : {}),
      issuedAt,
    }));
  }

  @Post(':businessId/enrolments/:programmeId/renewals')
  @HttpCode(201)
  @ApiOperation({ summary: "CASRO-4: record a renewal of one framework's certification (after a lapse it makes the framework current again)" })
  @ApiCommandResponse(CommandAcceptedDto, { status: 201 })
  @ApiHeader({ name: 'If-Match', required: false })
  renewCertification(
    @Param('businessId', businessId()) id: string,
    @Param('programmeId') programmeId: string,
    @Body() body: RecordCertificationRenewalDto,
    @Context() context: CommandContext,
    @IfMatch() revision: number | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<CommandAcceptedDto> {
    return this.step(reply, id, context, revision, (issuedAt) => ({
      kind: 'RecordCertificationRenewal',
      businessId: id,
      programmeId,
      framework: body.framework,
      renewedAt: body.renewedAt ?? issuedAt,
      ...(body.renewalDueOn ? { renewalDueOn: body.renewalDueOn } : {}),
      issuedAt,
    }));
  }

  @Get('enrolment-applications')
  @ApiOperation({ summary: 'Applications waiting on staff: applied, not accepted, no request for information open (CASRO-2, CASRO-3)' })
  @ApiHeader({ name: 'X-Min-Position', required: false })
  @ApiReadResponse(BusinessPage)
  async awaitingStaff(@Query() { page, pageSize }: PagingDto, @Headers(MIN_POSITION_HEADER) minPosition: string | undefined, @Res({ passthrough: true }) reply: FastifyReply): Promise<InstanceType<typeof BusinessPage>> {
    await this.consistency.honour(minPosition, reply);
    return this.queries.execute(new ApplicationsAwaitingStaffQuery({ page: page ?? 1, pageSize: pageSize ?? 25 }));
  }

  @Get('self-certifications-due')
  @ApiOperation({ summary: 'CASRO-4: businesses whose self-certification is due within `withinDays` (default 30) or has lapsed' })
  @ApiHeader({ name: 'X-Min-Position', required: false })
  @ApiReadResponse(CertificationDuePage)
  async certificationsDue(@Query() { page, pageSize, withinDays }: CertificationsDueDto, @Headers(MIN_POSITION_HEADER) minPosition: string | undefined, @Res({ passthrough: true }) reply: FastifyReply): Promise<InstanceType<typeof CertificationDuePage>> {
    await this.consistency.honour(minPosition, reply);
    const horizon = new Date(this.clock.now().getTime() + (withinDays ?? 30) * DAY_MS).toISOString();
    return this.queries.execute(new CertificationsDueQuery(horizon, { page: page ?? 1, pageSize: pageSize ?? 25 }));
  }

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
