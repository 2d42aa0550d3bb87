import { Body, Controller, HttpCode, NotFoundException, Param, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiCommandResponse } from '../../http/api-responses';
import { CaseCommandAcceptedDto } from '../case-command-response.dto';
import { CalendarProvider, type CommandContext, type CommandProcessor } from '@pdr/application';
import type { BusinessCalendar } from '@pdr/calendar';
import type { DecisionCorrectiveAction } from '@pdr/procedures';
import type { FastifyReply } from 'fastify';
import { IfMatch } from '../../http/if-match.decorator';
import { Context } from '../../http/request-context.decorator';
import { actOnCase } from '../eligibility/case-action.command';
import { calendarForCase } from '../information-request.commands';
import {
  CertificationDto,
  ComplianceIntentDto,
  type CorrectiveActionDto,
  DecisionDeliveryDto,
  DecisionDto,
  EvidenceRequestDto,
  ImpossibilityClaimDto,
  ImpossibilityRulingDto,
  VerificationDto,
} from './decision.dto';
import { caseIdPipe } from '../../http/case-id.pipe';

const correctiveAction = (dto: CorrectiveActionDto): DecisionCorrectiveAction => ({
  description: dto.description,
  remedies: dto.remedies.map((remedy) => ({ kind: remedy.kind, ...(remedy.details ? { details: remedy.details } : {}) })),
  performBy: dto.performBy,
});

/** Only the Panelist decides: the Decision, evidence on impossibility and the amendment (BBB-4.6.1, BBB-4.6.3). */

/** The Decision and what follows it (BBB-4.6.1 to BBB-4.6.4, BBB-5, BBB-6 (6) and (7)). */
@ApiTags('cases')
@ApiHeader({ name: 'If-Match', required: false })
@Controller('cases/:caseId/decision')
export class DecisionController {
  constructor(
    private readonly commands: CommandBus,
    private readonly calendars: CalendarProvider,
  ) {}

  @Post()
  @HttpCode(200)
  @ApiCommandResponse(CaseCommandAcceptedDto)
  @ApiOperation({ summary: 'The Panelist issues the Decision; the CBBB sends it to the Parties; without corrective action the Case closes (BBB-4.6.1, BBB-4.1, BBB-6 (6))' })
  issue(@Param('caseId', caseIdPipe) caseId: string, @Body() body: DecisionDto, @Context() context: CommandContext, @IfMatch() ifMatch: number | undefined, @Res({ passthrough: true }) reply: FastifyReply) {
    const panelistId = context.actorId;
    return actOnCase(this.commands, reply, caseId, context, ifMatch, async (processor) => {
      const calendar = await this.calendarOf(processor, caseId);
      return (issuedAt) => ({
        kind: 'IssueDecision',
        caseId,
        panelistId,
        findings: body.findings,
        correctiveActionNecessary: body.correctiveActionNecessary,
        ...(body.correctiveAction ? { correctiveAction: correctiveAction(body.correctiveAction) } : {}),
        calendar,
        issuedAt,
      });
    });
  }

  @Post('target')
  @HttpCode(200)
  @ApiCommandResponse(CaseCommandAcceptedDto)
  @ApiOperation({ summary: 'Monitor the 30-business-day target for the Decision from the end of the hearing procedure (BBB-4.6.1)' })
  target(@Param('caseId', caseIdPipe) caseId: string, @Context() context: CommandContext, @IfMatch() ifMatch: number | undefined, @Res({ passthrough: true }) reply: FastifyReply) {
    return actOnCase(this.commands, reply, caseId, context, ifMatch, async (processor) => {
      const calendar = await this.calendarOf(processor, caseId);
      return (issuedAt) => ({ kind: 'MonitorDecisionTarget', caseId, calendar, issuedAt });
    });
  }

  @Post('deliveries')
  @HttpCode(200)
  @ApiCommandResponse(CaseCommandAcceptedDto)
  @ApiOperation({ summary: 'Record when the Decision, amended Decision or Notice of Intent reached the Respondent; the period after receipt runs from then (BBB-4.6.2, BBB-4.6.4)' })
  delivery(@Param('caseId', caseIdPipe) caseId: string, @Body() body: DecisionDeliveryDto, @Context() context: CommandContext, @IfMatch() ifMatch: number | undefined, @Res({ passthrough: true }) reply: FastifyReply) {
    return actOnCase(this.commands, reply, caseId, context, ifMatch, async (processor) => {
      const calendar = await this.calendarOf(processor, caseId);
      return (issuedAt) => ({ kind: 'RecordDecisionDelivery', caseId, document: body.document, deliveredAt: body.deliveredAt, calendar, issuedAt });
    });
  }

  @Post('compliance-intent')
  @HttpCode(200)
  @ApiCommandResponse(CaseCommandAcceptedDto)
  @ApiOperation({ summary: 'The Respondent states that and how it will comply; BBB-5 certification is due 30 business days after the time frame (BBB-4.6.2, BBB-4.6.4, BBB-5)' })
  intent(@Param('caseId', caseIdPipe) caseId: string, @Body() body: ComplianceIntentDto, @Context() context: CommandContext, @IfMatch() ifMatch: number | undefined, @Res({ passthrough: true }) reply: FastifyReply) {
    return actOnCase(this.commands, reply, caseId, context, ifMatch, async (processor) => {
      const calendar = await this.calendarOf(processor, caseId);
      return (issuedAt) => ({ kind: 'StateComplianceIntent', caseId, how: body.how, receivedAt: body.receivedAt, calendar, issuedAt });
    });
  }

  @Post('impossibility-claims')
  @HttpCode(200)
  @ApiCommandResponse(CaseCommandAcceptedDto)
  @ApiOperation({ summary: 'A Party claims the corrective action cannot be implemented (BBB-4.6.3)' })
  claim(@Param('caseId', caseIdPipe) caseId: string, @Body() body: ImpossibilityClaimDto, @Context() context: CommandContext, @IfMatch() ifMatch: number | undefined, @Res({ passthrough: true }) reply: FastifyReply) {
    return actOnCase(this.commands, reply, caseId, context, ifMatch, async () => (issuedAt) => ({ kind: 'ClaimImpossibility', caseId, party: body.party, grounds: body.grounds, receivedAt: body.receivedAt, issuedAt }));
  }

  @Post('impossibility-evidence-requests')
  @HttpCode(200)
  @ApiCommandResponse(CaseCommandAcceptedDto)
  @ApiOperation({ summary: 'The Panelist seeks evidence (or another hearing) on a claim of impossibility (BBB-4.6.3)' })
  evidence(@Param('caseId', caseIdPipe) caseId: string, @Body() body: EvidenceRequestDto, @Context() context: CommandContext, @IfMatch() ifMatch: number | undefined, @Res({ passthrough: true }) reply: FastifyReply) {
    const panelistId = context.actorId;
    return actOnCase(this.commands, reply, caseId, context, ifMatch, async () => (issuedAt) => ({ kind: 'SeekImpossibilityEvidence', caseId, panelistId, requested: body.requested, issuedAt }));
  }

  @Post('impossibility-ruling')
  @HttpCode(200)
  @ApiCommandResponse(CaseCommandAcceptedDto)
  @ApiOperation({ summary: 'The Panelist confirms impossibility and amends the Decision (the pending periods move), or rejects the claim (BBB-4.6.3, BBB-4.1)' })
  ruling(@Param('caseId', caseIdPipe) caseId: string, @Body() body: ImpossibilityRulingDto, @Context() context: CommandContext, @IfMatch() ifMatch: number | undefined, @Res({ passthrough: true }) reply: FastifyReply) {
    const panelistId = context.actorId;
    return actOnCase(this.commands, reply, caseId, context, ifMatch, async (processor) => {
      const calendar = await this.calendarOf(processor, caseId);
      return (issuedAt) => ({
        kind: 'RuleOnImpossibility',
        caseId,
        panelistId,
        confirmed: body.confirmed,
        reason: body.reason,
        ...(body.amendment ? { amendment: correctiveAction(body.amendment) } : {}),
        calendar,
        issuedAt,
      });
    });
  }

  @Post('certification')
  @HttpCode(200)
  @ApiCommandResponse(CaseCommandAcceptedDto)
  @ApiOperation({ summary: "The Respondent certifies implementation of the Decision's corrective action (BBB-5)" })
  certify(@Param('caseId', caseIdPipe) caseId: string, @Body() body: CertificationDto, @Context() context: CommandContext, @IfMatch() ifMatch: number | undefined, @Res({ passthrough: true }) reply: FastifyReply) {
    return actOnCase(this.commands, reply, caseId, context, ifMatch, async () => (issuedAt) => ({ kind: 'CertifyDecisionCorrectiveAction', caseId, statement: body.statement, issuedAt }));
  }

  @Post('verification')
  @HttpCode(200)
  @ApiCommandResponse(CaseCommandAcceptedDto)
  @ApiOperation({ summary: 'The CBBB verifies the corrective action; the Case closes (BBB-5, BBB-6 (7))' })
  verify(@Param('caseId', caseIdPipe) caseId: string, @Body() body: VerificationDto, @Context() context: CommandContext, @IfMatch() ifMatch: number | undefined, @Res({ passthrough: true }) reply: FastifyReply) {
    return actOnCase(this.commands, reply, caseId, context, ifMatch, async () => (issuedAt) => ({ kind: 'VerifyDecisionCorrectiveAction', caseId, actorId: context.actorId, note: body.note, issuedAt }));
  }

  private async calendarOf(processor: CommandProcessor, caseId: string): Promise<BusinessCalendar> {
    const calendar = await calendarForCase(processor, this.calendars, caseId);
    if (!calendar) throw new NotFoundException({ message: `no case ${caseId}`, field: 'caseId' });
    return calendar;
  }
}
