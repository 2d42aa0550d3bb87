import { Body, Controller, HttpCode, NotFoundException, Param, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiCommandResponse } from '../../http/api-responses';
import { CaseCommandAcceptedDto } from '../case-command-response.dto';
import { CalendarProvider, type CommandContext } from '@pdr/application';
import type { FastifyReply } from 'fastify';
import { IfMatch } from '../../http/if-match.decorator';
import { Context } from '../../http/request-context.decorator';
import { actOnCase } from '../eligibility/case-action.command';
import { calendarForCase } from '../information-request.commands';
import {
  ComplainantFactsDto,
  ForwardFactsDto,
  PerformanceCertificationDto,
  PerformanceVerificationDto,
  RespondentResponseDto,
  SettlementDto,
  SettlementLetterDto,
  SettlementOfferDto,
  SubstantiationRequestDto,
  TeleconferenceAgreementDto,
  TeleconferenceDto,
} from './conciliation.dto';
import { caseIdPipe } from '../../http/case-id.pipe';

/** Conciliation and Settlement (BBB Part 3) and verification of a Settlement's corrective action (BBB Part 5). */
@ApiTags('cases')
@ApiHeader({ name: 'If-Match', required: false })
@Controller('cases/:caseId')
export class ConciliationController {
  constructor(
    private readonly commands: CommandBus,
    private readonly calendars: CalendarProvider,
  ) {}

  @Post('conciliation/complainant-facts')
  @HttpCode(200)
  @ApiCommandResponse(CaseCommandAcceptedDto)
  @ApiOperation({ summary: "Record the facts obtained from the Complainant (BBB-3.2)" })
  facts(@Param('caseId', caseIdPipe) caseId: string, @Body() body: ComplainantFactsDto, @Context() context: CommandContext, @IfMatch() ifMatch: number | undefined, @Res({ passthrough: true }) reply: FastifyReply) {
    return actOnCase(this.commands, reply, caseId, context, ifMatch, async () => (issuedAt) => ({ kind: 'ObtainComplainantFacts', caseId, actorId: context.actorId, summary: body.summary, obtainedAt: body.obtainedAt, issuedAt }));
  }

  @Post('conciliation/forwarding')
  @HttpCode(200)
  @ApiCommandResponse(CaseCommandAcceptedDto)
  @ApiOperation({ summary: "Forward the Complainant's facts to the Respondent, as a notice (BBB-3.2)" })
  forward(@Param('caseId', caseIdPipe) caseId: string, @Body() body: ForwardFactsDto, @Context() context: CommandContext, @IfMatch() ifMatch: number | undefined, @Res({ passthrough: true }) reply: FastifyReply) {
    return actOnCase(this.commands, reply, caseId, context, ifMatch, async () => (issuedAt) => ({ kind: 'ForwardFactsToRespondent', caseId, actorId: context.actorId, channel: body.channel, issuedAt }));
  }

  @Post('conciliation/respondent-responses')
  @HttpCode(200)
  @ApiCommandResponse(CaseCommandAcceptedDto)
  @ApiOperation({ summary: "Record the Respondent's response (BBB-3.2)" })
  respond(@Param('caseId', caseIdPipe) caseId: string, @Body() body: RespondentResponseDto, @Context() context: CommandContext, @IfMatch() ifMatch: number | undefined, @Res({ passthrough: true }) reply: FastifyReply) {
    return actOnCase(this.commands, reply, caseId, context, ifMatch, async () => (issuedAt) => ({ kind: 'ReceiveRespondentResponse', caseId, actorId: context.actorId, summary: body.summary, receivedAt: body.receivedAt, issuedAt }));
  }

  @Post('conciliation/settlement-offers')
  @HttpCode(200)
  @ApiCommandResponse(CaseCommandAcceptedDto)
  @ApiOperation({ summary: "Present the Respondent's settlement offer to the Complainant (BBB-3.2, BBB-3.1)" })
  offer(@Param('caseId', caseIdPipe) caseId: string, @Body() body: SettlementOfferDto, @Context() context: CommandContext, @IfMatch() ifMatch: number | undefined, @Res({ passthrough: true }) reply: FastifyReply) {
    return actOnCase(this.commands, reply, caseId, context, ifMatch, async () => (issuedAt) => ({ kind: 'PresentSettlementOffer', caseId, actorId: context.actorId, offeredBy: body.offeredBy, terms: body.terms, issuedAt }));
  }

  @Post('conciliation/teleconference-agreements')
  @HttpCode(200)
  @ApiCommandResponse(CaseCommandAcceptedDto)
  @ApiOperation({ summary: "Record a Party's agreement to a settlement teleconference (BBB-3.3)" })
  agree(@Param('caseId', caseIdPipe) caseId: string, @Body() body: TeleconferenceAgreementDto, @Context() context: CommandContext, @IfMatch() ifMatch: number | undefined, @Res({ passthrough: true }) reply: FastifyReply) {
    return actOnCase(this.commands, reply, caseId, context, ifMatch, async () => (issuedAt) => ({ kind: 'AgreeToTeleconference', caseId, actorId: context.actorId, party: body.party, issuedAt }));
  }

  @Post('conciliation/teleconference')
  @HttpCode(200)
  @ApiCommandResponse(CaseCommandAcceptedDto)
  @ApiOperation({ summary: 'Schedule a settlement teleconference once both Parties agreed (BBB-3.3)' })
  schedule(@Param('caseId', caseIdPipe) caseId: string, @Body() body: TeleconferenceDto, @Context() context: CommandContext, @IfMatch() ifMatch: number | undefined, @Res({ passthrough: true }) reply: FastifyReply) {
    return actOnCase(this.commands, reply, caseId, context, ifMatch, async () => (issuedAt) => ({ kind: 'ScheduleTeleconference', caseId, actorId: context.actorId, scheduledFor: body.scheduledFor, issuedAt }));
  }

  @Post('settlement')
  @HttpCode(200)
  @ApiCommandResponse(CaseCommandAcceptedDto)
  @ApiOperation({ summary: 'Record the Settlement the Parties reached, with any corrective action (BBB-3.4, BBB-5)' })
  settle(@Param('caseId', caseIdPipe) caseId: string, @Body() body: SettlementDto, @Context() context: CommandContext, @IfMatch() ifMatch: number | undefined, @Res({ passthrough: true }) reply: FastifyReply) {
    const correctiveAction = body.correctiveAction ? { description: body.correctiveAction.description, performBy: body.correctiveAction.performBy } : undefined;
    return actOnCase(this.commands, reply, caseId, context, ifMatch, async () => (issuedAt) => ({ kind: 'ReachSettlement', caseId, actorId: context.actorId, terms: body.terms, ...(correctiveAction ? { correctiveAction } : {}), issuedAt }));
  }

  @Post('settlement/letter')
  @HttpCode(200)
  @ApiCommandResponse(CaseCommandAcceptedDto)
  @ApiOperation({ summary: 'Circulate the letter with the terms: the Settlement takes effect (BBB-3.4); closes the Case or starts verification (BBB-5)' })
  letter(@Param('caseId', caseIdPipe) caseId: string, @Body() body: SettlementLetterDto, @Context() context: CommandContext, @IfMatch() ifMatch: number | undefined, @Res({ passthrough: true }) reply: FastifyReply) {
    return actOnCase(this.commands, reply, caseId, context, ifMatch, async (processor) => {
      const calendar = await calendarForCase(processor, this.calendars, caseId);
      if (!calendar) throw new NotFoundException({ message: `no case ${caseId}`, field: 'caseId' });
      return (issuedAt) => ({ kind: 'CirculateSettlementLetter', caseId, actorId: context.actorId, calendar, ...(body.note ? { note: body.note } : {}), issuedAt });
    });
  }

  @Post('settlement/certification')
  @HttpCode(200)
  @ApiCommandResponse(CaseCommandAcceptedDto)
  @ApiOperation({ summary: 'The Respondent certifies implementation of the corrective action (BBB-5)' })
  certify(@Param('caseId', caseIdPipe) caseId: string, @Body() body: PerformanceCertificationDto, @Context() context: CommandContext, @IfMatch() ifMatch: number | undefined, @Res({ passthrough: true }) reply: FastifyReply) {
    return actOnCase(this.commands, reply, caseId, context, ifMatch, async () => (issuedAt) => ({ kind: 'CertifyPerformance', caseId, actorId: context.actorId, statement: body.statement, issuedAt }));
  }

  @Post('settlement/substantiation-requests')
  @HttpCode(200)
  @ApiCommandResponse(CaseCommandAcceptedDto)
  @ApiOperation({ summary: 'Ask the Respondent to substantiate its certification (BBB-5)' })
  substantiate(@Param('caseId', caseIdPipe) caseId: string, @Body() body: SubstantiationRequestDto, @Context() context: CommandContext, @IfMatch() ifMatch: number | undefined, @Res({ passthrough: true }) reply: FastifyReply) {
    return actOnCase(this.commands, reply, caseId, context, ifMatch, async () => (issuedAt) => ({ kind: 'RequestSubstantiation', caseId, actorId: context.actorId, requested: body.requested, issuedAt }));
  }

  @Post('settlement/verification')
  @HttpCode(200)
  @ApiCommandResponse(CaseCommandAcceptedDto)
  @ApiOperation({ summary: 'The CBBB verifies the corrective action was taken; the Case closes (BBB-5, BBB-6 reason 4)' })
  verify(@Param('caseId', caseIdPipe) caseId: string, @Body() body: PerformanceVerificationDto, @Context() context: CommandContext, @IfMatch() ifMatch: number | undefined, @Res({ passthrough: true }) reply: FastifyReply) {
    return actOnCase(this.commands, reply, caseId, context, ifMatch, async () => (issuedAt) => ({ kind: 'VerifyPerformance', caseId, actorId: context.actorId, note: body.note, issuedAt }));
  }
}
