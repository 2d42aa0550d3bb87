import { Body, Controller, HttpCode, NotFoundException, Param, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiCommandResponse } from '../../http/api-responses';
import { CaseCommandAcceptedDto } from '../case-command-response.dto';
import { CalendarProvider, type CommandContext, type CommandProcessor } from '@pdr/application';
import type { CaseCommand } from '@pdr/procedures';
import type { FastifyReply } from 'fastify';
import { IfMatch } from '../../http/if-match.decorator';
import { Context } from '../../http/request-context.decorator';
import { actOnCase } from '../eligibility/case-action.command';
import { calendarForCase } from '../information-request.commands';
import { CureDto, NotReferDto, ReferDto, ReferralDeliveryDto, RefusalDto } from './referral.dto';
import { caseIdPipe } from '../../http/case-id.pipe';

/** The CBBB's staff decide referrals and refusals: the administrator or a case manager acting for it. */

/** Referral to a government agency (BBB-8.8, BBB-7.3) and refusals to proceed (BBB-4.3.1, BBB-8.4, BBB-6 (8)–(11)). */
@ApiTags('cases')
@ApiHeader({ name: 'If-Match', required: false })
@Controller('cases/:caseId')
export class ReferralController {
  constructor(
    private readonly commands: CommandBus,
    private readonly calendars: CalendarProvider,
  ) {}

  @Post('referral/decision-to-refer')
  @HttpCode(200)
  @ApiCommandResponse(CaseCommandAcceptedDto)
  @ApiOperation({ summary: 'Decide to refer: the Respondent is notified and given at least 10 business days to cure (BBB-8.8)' })
  refer(@Param('caseId', caseIdPipe) caseId: string, @Body() body: ReferDto, @Context() context: CommandContext, @IfMatch() ifMatch: number | undefined, @Res({ passthrough: true }) reply: FastifyReply) {
    return this.act(reply, caseId, context, ifMatch, async () => (issuedAt) => ({
      kind: 'DecideToRefer', caseId, agency: { name: body.agency.name }, respondentName: body.respondentName, nature: body.nature, summary: body.summary, reason: body.reason,
      ...(body.cureBusinessDays !== undefined ? { cureBusinessDays: body.cureBusinessDays } : {}), decidedBy: context.actorId, issuedAt,
    }));
  }

  @Post('referral/decision-not-to-refer')
  @HttpCode(200)
  @ApiCommandResponse(CaseCommandAcceptedDto)
  @ApiOperation({ summary: 'Decide not to refer, with a reason; the case closes (BBB-8.8, BBB-6)' })
  notRefer(@Param('caseId', caseIdPipe) caseId: string, @Body() body: NotReferDto, @Context() context: CommandContext, @IfMatch() ifMatch: number | undefined, @Res({ passthrough: true }) reply: FastifyReply) {
    return this.act(reply, caseId, context, ifMatch, async () => (issuedAt) => ({ kind: 'DecideNotToRefer', caseId, reason: body.reason, decidedBy: context.actorId, issuedAt }));
  }

  @Post('referral/notice-delivery')
  @HttpCode(200)
  @ApiCommandResponse(CaseCommandAcceptedDto)
  @ApiOperation({ summary: 'Record when the referral notice reached the Respondent; the cure period runs from receipt (BBB-8.8, BBB-8.7)' })
  delivery(@Param('caseId', caseIdPipe) caseId: string, @Body() body: ReferralDeliveryDto, @Context() context: CommandContext, @IfMatch() ifMatch: number | undefined, @Res({ passthrough: true }) reply: FastifyReply) {
    return this.act(reply, caseId, context, ifMatch, async (processor) => {
      const calendar = await calendarForCase(processor, this.calendars, caseId);
      if (!calendar) throw new NotFoundException({ message: `no case ${caseId}`, field: 'caseId' });
      return (issuedAt) => ({ kind: 'RecordReferralNoticeDelivery', caseId, deliveredAt: body.deliveredAt, calendar, issuedAt });
    });
  }

  @Post('referral/cure')
  @HttpCode(200)
  @ApiCommandResponse(CaseCommandAcceptedDto)
  @ApiOperation({ summary: 'The Respondent cured within the period (BBB-8.8)' })
  cure(@Param('caseId', caseIdPipe) caseId: string, @Body() body: CureDto, @Context() context: CommandContext, @IfMatch() ifMatch: number | undefined, @Res({ passthrough: true }) reply: FastifyReply) {
    return this.act(reply, caseId, context, ifMatch, async (processor) => {
      const calendar = await calendarForCase(processor, this.calendars, caseId);
      if (!calendar) throw new NotFoundException({ message: `no case ${caseId}`, field: 'caseId' });
      return (issuedAt) => ({ kind: 'CureReferral', caseId, receivedAt: body.receivedAt, actionTaken: body.actionTaken, calendar, issuedAt });
    });
  }

  @Post('refusal')
  @HttpCode(200)
  @ApiCommandResponse(CaseCommandAcceptedDto)
  @ApiOperation({ summary: "Refuse to proceed: direct contact with the Panelist (BBB-4.3.1), breach of confidentiality (BBB-8.4) or a Party's conduct (BBB-6 (11))" })
  refuse(@Param('caseId', caseIdPipe) caseId: string, @Body() body: RefusalDto, @Context() context: CommandContext, @IfMatch() ifMatch: number | undefined, @Res({ passthrough: true }) reply: FastifyReply) {
    return this.act(reply, caseId, context, ifMatch, async () => (issuedAt) => ({
      kind: 'RefuseToProceed', caseId, reason: body.reason, party: body.party, details: body.details, ...(body.considerReferral ? { considerReferral: true } : {}), decidedBy: context.actorId, issuedAt,
    }));
  }

  private async act(
    reply: FastifyReply,
    caseId: string,
    context: CommandContext,
    ifMatch: number | undefined,
    prepare: (processor: CommandProcessor) => Promise<(issuedAt: string) => CaseCommand>,
  ): Promise<CaseCommandAcceptedDto> {
    return actOnCase(this.commands, reply, caseId, context, ifMatch, prepare);
  }
}
