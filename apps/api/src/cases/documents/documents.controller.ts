import { Body, Controller, ForbiddenException, Get, Headers, HttpCode, Inject, NotFoundException, Param, Post, Query, Res, type Provider, Req } from '@nestjs/common';
import { BadRequestException } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiExtraModels, ApiHeader, ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import { ApiCommandResponse, ApiReadResponse } from '../../http/api-responses';
import { CaseRecordViewDto, RecordSubmissionDto } from './case-record.dto';
import { CaseCommandAcceptedDto, DesignationCreatedDto } from '../case-command-response.dto';
import { idIn } from '../case-command-answer';
import type { CommandContext, CommandOutcome, EventStore, ReadStore } from '@pdr/application';
import type { UpcasterRegistry } from '@pdr/event-sourcing';
import { EVENT_STORE, READ_STORE, UPCASTERS } from '@pdr/platform';
import { type CaseCommand, caseStream, type DocumentRules, requireRulebookVersion } from '@pdr/procedures';
import { type CaseRecordAudience, CaseRecordQueries } from '@pdr/read-side';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { IfMatch } from '../../http/if-match.decorator';
import { ReadConsistency } from '../../http/read-consistency';
import { Context } from '../../http/request-context.decorator';
import { actOnCase } from '../eligibility/case-action.command';
import { LanguageAssistanceDto, ProprietaryDesignationDto, ReturnDesignationDto } from './documents.dto';
import { caseIdPipe } from '../../http/case-id.pipe';
import { caseViewer } from '../../access/case-access';
import { filedComplaint, withComplaintAsPosition } from './complaint-as-position';

const AUDIENCES: readonly CaseRecordAudience[] = ['panelist', 'complainant', 'respondent'];

/** The document rules of the rulebook version the case's log was recorded under; none for an unknown case. */
async function documentRulesOfCase(store: EventStore, caseId: string): Promise<DocumentRules | undefined> {
  const [first] = await store.readStream(caseStream(caseId), { maxCount: 1 });
  const ref = first?.metadata.rulebook;
  return ref ? requireRulebookVersion(ref).documents : undefined;
}

/**
 * Documents on a case: Proprietary Information (BBB-8.5, 8.6), the Case Record by audience (BBB-4.3.2), disposal after
 * closing (BBB-8.3) and language assistance (BBB-8.9). The record is confidential (BBB-8.2).
 */
@ApiTags('cases')
@ApiExtraModels(RecordSubmissionDto)
@Controller('cases/:caseId')
export class DocumentsController {
  constructor(
    private readonly commands: CommandBus,
    private readonly records: CaseRecordQueries,
    private readonly consistency: ReadConsistency,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(UPCASTERS) private readonly upcasters: UpcasterRegistry,
  ) {}

  @Post('proprietary-designations')
  @HttpCode(200)
  @ApiCommandResponse(DesignationCreatedDto)
  @ApiOperation({ summary: 'A Party designates part of its submission as Proprietary Information, with a non-confidential summary (BBB-8.5, BBB-8.6)' })
  designate(@Param('caseId', caseIdPipe) caseId: string, @Body() body: ProprietaryDesignationDto, @Context() context: CommandContext, @IfMatch() ifMatch: number | undefined, @Res({ passthrough: true }) reply: FastifyReply): Promise<DesignationCreatedDto> {
    return actOnCase(this.commands, reply, caseId, context, ifMatch, async () => (issuedAt) => ({ kind: 'DesignateProprietaryInformation', caseId, ...body, issuedAt }), (events) => ({
      designationId: idIn(events, 'ProprietaryInformationDesignated', 'designationId'),
    }));
  }

  @Post('proprietary-designations/:designationId/acceptance')
  @HttpCode(200)
  @ApiCommandResponse(CaseCommandAcceptedDto)
  @ApiOperation({ summary: 'The CBBB accepts the designation and its summary (BBB-8.5, BBB-8.6)' })
  accept(@Param('caseId', caseIdPipe) caseId: string, @Param('designationId') designationId: string, @Context() context: CommandContext, @IfMatch() ifMatch: number | undefined, @Res({ passthrough: true }) reply: FastifyReply) {
    return this.act(reply, caseId, context, ifMatch, (issuedAt) => ({ kind: 'AcceptProprietaryDesignation', caseId, designationId, issuedAt }));
  }

  @Post('proprietary-designations/:designationId/return')
  @HttpCode(200)
  @ApiCommandResponse(CaseCommandAcceptedDto)
  @ApiOperation({ summary: 'The CBBB returns the material, which is not considered (BBB-8.5 disagreement, BBB-8.6 unacceptable summary)' })
  giveBack(@Param('caseId', caseIdPipe) caseId: string, @Param('designationId') designationId: string, @Body() body: ReturnDesignationDto, @Context() context: CommandContext, @IfMatch() ifMatch: number | undefined, @Res({ passthrough: true }) reply: FastifyReply) {
    return this.act(reply, caseId, context, ifMatch, (issuedAt) => ({ kind: 'ReturnProprietaryDesignation', caseId, designationId, ground: body.ground, reason: body.reason, issuedAt }));
  }

  @Post('file-disposal')
  @HttpCode(200)
  @ApiCommandResponse(CaseCommandAcceptedDto)
  @ApiOperation({ summary: 'After closing: destroy the file except the Settlement Agreement or Decision, return Proprietary Information (BBB-8.3)' })
  dispose(@Param('caseId', caseIdPipe) caseId: string, @Context() context: CommandContext, @IfMatch() ifMatch: number | undefined, @Res({ passthrough: true }) reply: FastifyReply) {
    return this.act(reply, caseId, context, ifMatch, (issuedAt) => ({ kind: 'DisposeCaseFile', caseId, issuedAt }));
  }

  @Post('language-assistance')
  @HttpCode(200)
  @ApiCommandResponse(CaseCommandAcceptedDto)
  @ApiOperation({ summary: 'Proceedings are in English; record translation or interpretation provided to a Party (BBB-8.9)' })
  language(@Param('caseId', caseIdPipe) caseId: string, @Body() body: LanguageAssistanceDto, @Context() context: CommandContext, @IfMatch() ifMatch: number | undefined, @Res({ passthrough: true }) reply: FastifyReply) {
    return this.act(reply, caseId, context, ifMatch, (issuedAt) => ({ kind: 'RecordLanguageAssistance', caseId, party: body.party, language: body.language, assistance: body.kind, issuedAt }));
  }

  @Get('record')
  @ApiOperation({ summary: "The Case Record (BBB-4.3.2): the Panelist's, or a Party's copy with the other Party's Proprietary Information replaced by its summary; a Position that is the original complaint (BBB-4.4) shows the complaint. Confidential (BBB-8.2)." })
  @ApiQuery({ name: 'audience', enum: AUDIENCES })
  @ApiHeader({ name: 'X-Min-Position', required: false })
  @ApiReadResponse(CaseRecordViewDto)
  async record(
    @Param('caseId', caseIdPipe) caseId: string,
    @Query('audience') audience: string,
    @Req() request: FastifyRequest,
    @Headers('x-min-position') minPosition: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<CaseRecordViewDto> {
    if (!(AUDIENCES as readonly string[]).includes(audience)) throw new BadRequestException({ message: `audience must be one of ${AUDIENCES.join(', ')}`, field: 'audience' });
    // Staff and compliance officers read any copy; the Panelist and each Party only their own (BBB-4.3.2, BBB-8.5).
    const viewer = caseViewer(request.access!);
    if (viewer !== 'staff' && audience !== viewer) {
      // The refusal names the case's rules: its Case Record's audiences and Proprietary Information (BBB-4.3.2, BBB-8.5).
      const rules = await documentRulesOfCase(this.store, caseId);
      const cited = rules ? ` (${rules.caseRecordRule}, ${rules.proprietaryRule})` : '';
      throw new ForbiddenException({ message: `you receive the ${viewer}'s copy of the Case Record only${cited}`, ...(rules ? { rule: rules.proprietaryRule } : {}), field: 'audience' });
    }
    reply.header('cache-control', 'no-store');
    await this.consistency.honour(minPosition, reply);
    const view = await this.records.view(caseId, audience as CaseRecordAudience);
    if (!view) throw new NotFoundException({ message: `no Case Record for case ${caseId}`, field: 'caseId' });
    // BBB-4.4: a Position that is the original complaint is shown as the complaint, read from the log (issue 9: never copied).
    return withComplaintAsPosition(view, () => filedComplaint(this.store, this.upcasters, caseId));
  }

  private async act(reply: FastifyReply, caseId: string, context: CommandContext, ifMatch: number | undefined, build: (issuedAt: string) => CaseCommand): Promise<CaseCommandAcceptedDto> {
    return actOnCase(this.commands, reply, caseId, context, ifMatch, async () => build);
  }
}

export const DOCUMENTS_PROVIDERS: Provider[] = [{ provide: CaseRecordQueries, useFactory: (store: ReadStore) => new CaseRecordQueries(store), inject: [READ_STORE] }];
