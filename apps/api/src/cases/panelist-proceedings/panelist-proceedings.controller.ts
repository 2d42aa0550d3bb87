import { Body, Controller, HttpCode, NotFoundException, Param, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiCommandResponse } from '../../http/api-responses';
import { AbsenceResolvedDto, CaseCommandAcceptedDto, OralHearingScheduledDto, PanelistRequestsCreatedDto } from '../case-command-response.dto';
import { idIn, idsIn } from '../case-command-answer';
import { CalendarProvider, type CommandContext, type CommandProcessor } from '@pdr/application';
import type { BusinessCalendar } from '@pdr/calendar';
import type { FactFinding } from '@pdr/procedures';
import type { FastifyReply } from 'fastify';
import { IfMatch } from '../../http/if-match.decorator';
import { Context } from '../../http/request-context.decorator';
import { actOnCase } from '../eligibility/case-action.command';
import { calendarForCase } from '../information-request.commands';
import { AbsenceDto, AbsenceReasonDto, AbsenceResolutionDto, ExclusionDto, InformationRequestDto, InvestigativeAnalysisDto, OralHearingDto, ProceedingsDeliveryDto, ProceedingsSubmissionDto } from './panelist-proceedings.dto';
import { caseIdPipe } from '../../http/case-id.pipe';

/** The Panelist's proceedings: requests for information (BBB-4.5.1), the oral hearing (BBB-4.5.2) and absence from it (BBB-4.5.3). */
@ApiTags('cases')
@ApiHeader({ name: 'If-Match', required: false })
@Controller('cases/:caseId/panelist')
export class PanelistProceedingsController {
  constructor(
    private readonly commands: CommandBus,
    private readonly calendars: CalendarProvider,
  ) {}

  @Post('information-requests')
  @HttpCode(200)
  @ApiCommandResponse(PanelistRequestsCreatedDto)
  @ApiOperation({ summary: 'The Panelist (hearing officer) asks either or both Parties for information (BBB-4.5.1; VS-8.4a, with the time limit for the answer)' })
  requestInformation(@Param('caseId', caseIdPipe) caseId: string, @Body() body: InformationRequestDto, @Context() context: CommandContext, @IfMatch() ifMatch: number | undefined, @Res({ passthrough: true }) reply: FastifyReply): Promise<PanelistRequestsCreatedDto> {
    const panelistId = context.actorId;
    return actOnCase(
      this.commands, reply, caseId, context, ifMatch,
      async () => (issuedAt) => ({
        kind: 'RequestPanelistInformation', caseId, panelistId, parties: body.parties, question: body.question,
        ...(body.timeLimitBusinessDays !== undefined ? { timeLimitBusinessDays: body.timeLimitBusinessDays } : {}), issuedAt,
      }),
      (events) => ({ requestIds: idsIn(events, 'PanelistInformationRequested', 'requestId') }),
    );
  }

  @Post('deliveries')
  @HttpCode(200)
  @ApiCommandResponse(CaseCommandAcceptedDto)
  @ApiOperation({ summary: 'Record when a request, forwarded answer or default notice reached its recipient; the 10 business days run from receipt (BBB-4.5.1, BBB-8.7)' })
  delivery(@Param('caseId', caseIdPipe) caseId: string, @Body() body: ProceedingsDeliveryDto, @Context() context: CommandContext, @IfMatch() ifMatch: number | undefined, @Res({ passthrough: true }) reply: FastifyReply) {
    return actOnCase(this.commands, reply, caseId, context, ifMatch, async (processor) => {
      const calendar = await this.calendarOf(processor, caseId);
      return (issuedAt) => ({ kind: 'RecordProceedingsDelivery', caseId, requestId: body.requestId, document: body.document, deliveredAt: body.deliveredAt, calendar, issuedAt });
    });
  }

  @Post('answers')
  @HttpCode(200)
  @ApiCommandResponse(CaseCommandAcceptedDto)
  @ApiOperation({ summary: "A Party's answer, forwarded at once to the other Party (BBB-4.5.1; late: BBB-4.5.4)" })
  answer(@Param('caseId', caseIdPipe) caseId: string, @Body() body: ProceedingsSubmissionDto, @Context() context: CommandContext, @IfMatch() ifMatch: number | undefined, @Res({ passthrough: true }) reply: FastifyReply) {
    return actOnCase(this.commands, reply, caseId, context, ifMatch, async () => (issuedAt) => ({ kind: 'SubmitPanelistInformationAnswer', caseId, requestId: body.requestId, receivedAt: body.receivedAt, summary: body.summary, issuedAt }));
  }

  @Post('answer-responses')
  @HttpCode(200)
  @ApiCommandResponse(CaseCommandAcceptedDto)
  @ApiOperation({ summary: "The other Party's response to a forwarded answer (BBB-4.5.1)" })
  comment(@Param('caseId', caseIdPipe) caseId: string, @Body() body: ProceedingsSubmissionDto, @Context() context: CommandContext, @IfMatch() ifMatch: number | undefined, @Res({ passthrough: true }) reply: FastifyReply) {
    return actOnCase(this.commands, reply, caseId, context, ifMatch, async () => (issuedAt) => ({ kind: 'CommentOnPanelistAnswer', caseId, requestId: body.requestId, receivedAt: body.receivedAt, summary: body.summary, issuedAt }));
  }

  @Post('no-oral-hearing')
  @HttpCode(200)
  @ApiCommandResponse(CaseCommandAcceptedDto)
  @ApiOperation({ summary: 'The Panelist decides without an oral hearing (BBB-4.5.2)' })
  noOralHearing(@Param('caseId', caseIdPipe) caseId: string, @Context() context: CommandContext, @IfMatch() ifMatch: number | undefined, @Res({ passthrough: true }) reply: FastifyReply) {
    const panelistId = context.actorId;
    return actOnCase(this.commands, reply, caseId, context, ifMatch, async () => (issuedAt) => ({ kind: 'DecideWithoutOralHearing', caseId, panelistId, issuedAt }));
  }

  @Post('oral-hearings')
  @HttpCode(200)
  @ApiCommandResponse(OralHearingScheduledDto)
  @ApiOperation({ summary: 'An oral hearing by electronic means, noticed in writing to all Parties at least 15 business days ahead; the CBBB may observe (BBB-4.5.2)' })
  oralHearing(@Param('caseId', caseIdPipe) caseId: string, @Body() body: OralHearingDto, @Context() context: CommandContext, @IfMatch() ifMatch: number | undefined, @Res({ passthrough: true }) reply: FastifyReply): Promise<OralHearingScheduledDto> {
    const panelistId = context.actorId;
    return actOnCase(
      this.commands, reply, caseId, context, ifMatch,
      async (processor) => {
        const calendar = await this.calendarOf(processor, caseId);
        return (issuedAt) => ({ kind: 'ScheduleOralHearing', caseId, panelistId, hearingAt: body.hearingAt, means: body.means, ...(body.cbbbObserving !== undefined ? { cbbbObserving: body.cbbbObserving } : {}), calendar, issuedAt });
      },
      (events) => ({ hearingId: idIn(events, 'OralHearingScheduled', 'hearingId') }),
    );
  }

  @Post('oral-hearing-exclusions')
  @HttpCode(200)
  @ApiCommandResponse(CaseCommandAcceptedDto)
  @ApiOperation({ summary: "A Party excluded while the other Party's Proprietary Information is discussed (BBB-4.5.2)" })
  exclusion(@Param('caseId', caseIdPipe) caseId: string, @Body() body: ExclusionDto, @Context() context: CommandContext, @IfMatch() ifMatch: number | undefined, @Res({ passthrough: true }) reply: FastifyReply) {
    const panelistId = context.actorId;
    return actOnCase(this.commands, reply, caseId, context, ifMatch, async () => (issuedAt) => ({ kind: 'RecordProprietaryExclusion', caseId, panelistId, hearingId: body.hearingId, excludedParty: body.excludedParty, ...(body.topic ? { topic: body.topic } : {}), issuedAt }));
  }

  @Post('oral-hearing-absences')
  @HttpCode(200)
  @ApiCommandResponse(CaseCommandAcceptedDto)
  @ApiOperation({ summary: 'A Party absent from a properly noticed oral hearing; the Panelist asks the CBBB for any known reason (BBB-4.5.3)' })
  absence(@Param('caseId', caseIdPipe) caseId: string, @Body() body: AbsenceDto, @Context() context: CommandContext, @IfMatch() ifMatch: number | undefined, @Res({ passthrough: true }) reply: FastifyReply) {
    const panelistId = context.actorId;
    return actOnCase(this.commands, reply, caseId, context, ifMatch, async () => (issuedAt) => ({ kind: 'RecordOralHearingAbsence', caseId, panelistId, hearingId: body.hearingId, absentParty: body.absentParty, issuedAt }));
  }

  @Post('oral-hearing-absence-reasons')
  @HttpCode(200)
  @ApiCommandResponse(CaseCommandAcceptedDto)
  @ApiOperation({ summary: 'The CBBB answers the Panelist: the reason for the absence it knows of, if any (BBB-4.5.3)' })
  absenceReason(@Param('caseId', caseIdPipe) caseId: string, @Body() body: AbsenceReasonDto, @Context() context: CommandContext, @IfMatch() ifMatch: number | undefined, @Res({ passthrough: true }) reply: FastifyReply) {
    return actOnCase(this.commands, reply, caseId, context, ifMatch, async () => (issuedAt) => ({ kind: 'ReportAbsenceReason', caseId, hearingId: body.hearingId, ...(body.knownReason ? { knownReason: body.knownReason } : {}), issuedAt }));
  }

  @Post('oral-hearing-absence-resolutions')
  @HttpCode(200)
  @ApiCommandResponse(AbsenceResolvedDto)
  @ApiOperation({ summary: 'The Panelist reschedules (new notice, 15 business days ahead) or proceeds with the Party present (BBB-4.5.3)' })
  resolve(@Param('caseId', caseIdPipe) caseId: string, @Body() body: AbsenceResolutionDto, @Context() context: CommandContext, @IfMatch() ifMatch: number | undefined, @Res({ passthrough: true }) reply: FastifyReply): Promise<AbsenceResolvedDto> {
    const panelistId = context.actorId;
    return actOnCase(
      this.commands, reply, caseId, context, ifMatch,
      async (processor) => {
        const calendar = await this.calendarOf(processor, caseId);
        return (issuedAt) => ({
          kind: 'ResolveOralHearingAbsence', caseId, panelistId, hearingId: body.hearingId, outcome: body.outcome,
          ...(body.hearingAt ? { hearingAt: body.hearingAt } : {}), ...(body.means ? { means: body.means } : {}), calendar, issuedAt,
        });
      },
      // A reschedule is a new oral hearing; proceeding with the Party present creates nothing.
      (events) => {
        const [hearingId] = idsIn(events, 'OralHearingScheduled', 'hearingId');
        return hearingId ? { hearingId } : {};
      },
    );
  }

  @Post('investigative-analysis')
  @HttpCode(200)
  @ApiCommandResponse(CaseCommandAcceptedDto)
  @ApiOperation({ summary: "VeraSafe's investigative analysis of each essential fact in the Procedure Submissions, furnished to the hearing officer and included as a Procedure Submission (VS-8.4b)" })
  investigativeAnalysis(@Param('caseId', caseIdPipe) caseId: string, @Body() body: InvestigativeAnalysisDto, @Context() context: CommandContext, @IfMatch() ifMatch: number | undefined, @Res({ passthrough: true }) reply: FastifyReply) {
    // The finding's value is the procedure's to check (422 naming the field), as is every text's content.
    const facts = body.facts.map(({ fact, finding, analysis }) => ({ fact, finding: finding as FactFinding, analysis }));
    return actOnCase(this.commands, reply, caseId, context, ifMatch, async () => (issuedAt) => ({ kind: 'FurnishInvestigativeAnalysis', caseId, facts, issuedAt }));
  }

  private async calendarOf(processor: CommandProcessor, caseId: string): Promise<BusinessCalendar> {
    const calendar = await calendarForCase(processor, this.calendars, caseId);
    if (!calendar) throw new NotFoundException({ message: `no case ${caseId}`, field: 'caseId' });
    return calendar;
  }
}
