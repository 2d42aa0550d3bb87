import { Body, Controller, HttpCode, NotFoundException, Param, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiCommandResponse } from '../../http/api-responses';
import { CaseCommandAcceptedDto } from '../case-command-response.dto';
import { CalendarProvider, type CommandContext, type CommandProcessor } from '@pdr/application';
import type { BusinessCalendar } from '@pdr/calendar';
import type { FastifyReply } from 'fastify';
import { IfMatch } from '../../http/if-match.decorator';
import { Context } from '../../http/request-context.decorator';
import { actOnCase } from '../eligibility/case-action.command';
import { calendarForCase } from '../information-request.commands';
import { DeliveryDto, HearingRequestDto, PositionDto, SubmissionDto } from './hearing.dto';
import { caseIdPipe } from '../../http/case-id.pipe';

/** The written phase of the Data Privacy Hearing (BBB-4.1, BBB-4.4 to BBB-4.4.3; late submissions BBB-4.5.4). */
@ApiTags('cases')
@ApiHeader({ name: 'If-Match', required: false })
@Controller('cases/:caseId')
export class HearingController {
  constructor(
    private readonly commands: CommandBus,
    private readonly calendars: CalendarProvider,
  ) {}

  @Post('hearing-request')
  @HttpCode(200)
  @ApiCommandResponse(CaseCommandAcceptedDto)
  @ApiOperation({ summary: 'A Party requests a hearing after Conciliation failed, naming the remedies sought; the Complainant is asked for a Position (BBB-4.1, BBB-4.4)' })
  request(@Param('caseId', caseIdPipe) caseId: string, @Body() body: HearingRequestDto, @Context() context: CommandContext, @IfMatch() ifMatch: number | undefined, @Res({ passthrough: true }) reply: FastifyReply) {
    return actOnCase(this.commands, reply, caseId, context, ifMatch, async (processor) => {
      const calendar = await this.calendarOf(processor, caseId);
      return (issuedAt) => ({
        kind: 'RequestHearing',
        caseId,
        requestedBy: body.requestedBy,
        remedies: body.remedies.map((remedy) => ({ kind: remedy.kind, ...(remedy.details ? { details: remedy.details } : {}) })),
        ...(body.brief ? { brief: body.brief } : {}),
        ...(body.acceptComplaintAsPosition ? { acceptComplaintAsPosition: true } : {}),
        calendar,
        issuedAt,
      });
    });
  }

  @Post('hearing/position')
  @HttpCode(200)
  @ApiCommandResponse(CaseCommandAcceptedDto)
  @ApiOperation({ summary: "The Complainant's Position, forwarded to the Respondent (BBB-4.4; late: BBB-4.5.4)" })
  position(@Param('caseId', caseIdPipe) caseId: string, @Body() body: PositionDto, @Context() context: CommandContext, @IfMatch() ifMatch: number | undefined, @Res({ passthrough: true }) reply: FastifyReply) {
    return actOnCase(this.commands, reply, caseId, context, ifMatch, async () => (issuedAt) => ({
      kind: 'SubmitPosition',
      caseId,
      receivedAt: body.receivedAt,
      ...(body.summary ? { summary: body.summary } : {}),
      ...(body.acceptComplaintAsPosition ? { acceptComplaintAsPosition: true } : {}),
      issuedAt,
    }));
  }

  @Post('hearing/rebuttal')
  @HttpCode(200)
  @ApiCommandResponse(CaseCommandAcceptedDto)
  @ApiOperation({ summary: "The Respondent's Rebuttal, in time or after a default notice, forwarded to the Complainant (BBB-4.4, BBB-4.4.1; late: BBB-4.5.4)" })
  rebuttal(@Param('caseId', caseIdPipe) caseId: string, @Body() body: SubmissionDto, @Context() context: CommandContext, @IfMatch() ifMatch: number | undefined, @Res({ passthrough: true }) reply: FastifyReply) {
    return actOnCase(this.commands, reply, caseId, context, ifMatch, async () => (issuedAt) => ({ kind: 'SubmitRebuttal', caseId, ...body, issuedAt }));
  }

  @Post('hearing/reply')
  @HttpCode(200)
  @ApiCommandResponse(CaseCommandAcceptedDto)
  @ApiOperation({ summary: "The Complainant's reply, an addendum to the Position, forwarded to the Respondent (BBB-4.4.2; late: BBB-4.5.4)" })
  replyToRebuttal(@Param('caseId', caseIdPipe) caseId: string, @Body() body: SubmissionDto, @Context() context: CommandContext, @IfMatch() ifMatch: number | undefined, @Res({ passthrough: true }) reply: FastifyReply) {
    return actOnCase(this.commands, reply, caseId, context, ifMatch, async () => (issuedAt) => ({ kind: 'SubmitReply', caseId, ...body, issuedAt }));
  }

  @Post('hearing/response')
  @HttpCode(200)
  @ApiCommandResponse(CaseCommandAcceptedDto)
  @ApiOperation({ summary: "The Respondent's response, an addendum to the Rebuttal; the record goes to the Panelist (BBB-4.4.3; late: BBB-4.5.4)" })
  response(@Param('caseId', caseIdPipe) caseId: string, @Body() body: SubmissionDto, @Context() context: CommandContext, @IfMatch() ifMatch: number | undefined, @Res({ passthrough: true }) reply: FastifyReply) {
    return actOnCase(this.commands, reply, caseId, context, ifMatch, async () => (issuedAt) => ({ kind: 'SubmitResponse', caseId, ...body, issuedAt }));
  }

  @Post('hearing/deliveries')
  @HttpCode(200)
  @ApiCommandResponse(CaseCommandAcceptedDto)
  @ApiOperation({ summary: 'Record when a forwarded document or the default notice reached its recipient; the next period runs from receipt (BBB-4.4 to BBB-4.4.3, BBB-8.7)' })
  delivery(@Param('caseId', caseIdPipe) caseId: string, @Body() body: DeliveryDto, @Context() context: CommandContext, @IfMatch() ifMatch: number | undefined, @Res({ passthrough: true }) reply: FastifyReply) {
    return actOnCase(this.commands, reply, caseId, context, ifMatch, async (processor) => {
      const calendar = await this.calendarOf(processor, caseId);
      return (issuedAt) => ({ kind: 'RecordHearingDelivery', caseId, document: body.document, deliveredAt: body.deliveredAt, calendar, issuedAt });
    });
  }

  private async calendarOf(processor: CommandProcessor, caseId: string): Promise<BusinessCalendar> {
    const calendar = await calendarForCase(processor, this.calendars, caseId);
    if (!calendar) throw new NotFoundException({ message: `no case ${caseId}`, field: 'caseId' });
    return calendar;
  }
}
