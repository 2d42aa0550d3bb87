import { Body, Controller, HttpCode, NotFoundException, Param, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiCommandResponse } from '../../http/api-responses';
import { CaseCommandAcceptedDto } from '../case-command-response.dto';
import { CalendarProvider, type CommandContext, type CommandOutcome } from '@pdr/application';
import { calendarForCase } from '../information-request.commands';
import { businessDecider, businessStream } from '@pdr/procedures';
import type { FastifyReply } from 'fastify';
import { IfMatch } from '../../http/if-match.decorator';
import { Context } from '../../http/request-context.decorator';
import { actOnCase } from './case-action.command';
import { BreachClosureDto, DocketDto, EligibilityFindingDto, IdentifyRespondentDto, IneligibilityDto, PartyDto, RepresentativeDto, WithdrawalDto } from './eligibility.dto';
import { participationEvidence } from './participation-evidence';
import { caseIdPipe } from '../../http/case-id.pipe';

/** Eligibility review (BBB-2.x, VS-5.x), docketing, the Parties' acknowledgements and representatives, withdrawal. */
@ApiTags('cases')
@ApiHeader({ name: 'If-Match', required: false })
@Controller('cases/:caseId')
export class EligibilityController {
  constructor(
    private readonly commands: CommandBus,
    private readonly calendars: CalendarProvider,
  ) {}

  @Post('respondent-identification')
  @HttpCode(200)
  @ApiCommandResponse(CaseCommandAcceptedDto)
  @ApiOperation({ summary: 'Match the Respondent to the registry of participating businesses (BBB-2.3)' })
  identify(@Param('caseId', caseIdPipe) caseId: string, @Body() body: IdentifyRespondentDto, @Context() context: CommandContext, @IfMatch() ifMatch: number | undefined, @Res({ passthrough: true }) reply: FastifyReply) {
    return actOnCase(this.commands, reply, caseId, context, ifMatch, async (processor) => {
      const { state } = await processor.state(businessStream(body.businessId), businessDecider);
      if (state.status === 'none') throw new NotFoundException({ message: `no business ${body.businessId} in the registry`, field: 'businessId' });
      return (issuedAt) => ({ kind: 'IdentifyRespondent', caseId, business: { businessId: state.businessId, legalName: state.legalName }, issuedAt });
    });
  }

  @Post('eligibility-findings')
  @HttpCode(200)
  @ApiCommandResponse(CaseCommandAcceptedDto)
  @ApiOperation({ summary: 'Record one eligibility condition as met or not, with the reasoning (BBB-2.3, VS-5.2)' })
  assess(@Param('caseId', caseIdPipe) caseId: string, @Body() body: EligibilityFindingDto, @Context() context: CommandContext, @IfMatch() ifMatch: number | undefined, @Res({ passthrough: true }) reply: FastifyReply) {
    return actOnCase(this.commands, reply, caseId, context, ifMatch, async (processor) => {
      const participation = await participationEvidence(processor, caseId);
      return (issuedAt) => ({ kind: 'AssessEligibilityCondition', caseId, ...body, ...(participation ? { participation } : {}), issuedAt });
    });
  }

  @Post('ineligibility')
  @HttpCode(200)
  @ApiCommandResponse(CaseCommandAcceptedDto)
  @ApiOperation({ summary: 'Close the complaint as ineligible on a condition found unmet, without prejudice to re-filing (BBB-2.4c, VS-5.5)' })
  ineligible(@Param('caseId', caseIdPipe) caseId: string, @Body() body: IneligibilityDto, @Context() context: CommandContext, @IfMatch() ifMatch: number | undefined, @Res({ passthrough: true }) reply: FastifyReply) {
    // The outcome may open an appeal window (VS-5.5(a)), counted in the rulebook's calendar.
    return actOnCase(this.commands, reply, caseId, context, ifMatch, async (processor) => {
      const calendar = await calendarForCase(processor, this.calendars, caseId);
      return (issuedAt) => ({ kind: 'DetermineIneligible', caseId, ...body, ...(calendar ? { calendar } : {}), issuedAt });
    });
  }

  @Post('docketing')
  @HttpCode(200)
  @ApiCommandResponse(CaseCommandAcceptedDto)
  @ApiOperation({ summary: 'Docket an eligible and complete Complaint as a Case (BBB-2.4a)' })
  docket(@Param('caseId', caseIdPipe) caseId: string, @Body() body: DocketDto, @Context() context: CommandContext, @IfMatch() ifMatch: number | undefined, @Res({ passthrough: true }) reply: FastifyReply) {
    // A mediation opened at docketing (VS-7.1) runs its first period in the rulebook's calendar.
    return actOnCase(this.commands, reply, caseId, context, ifMatch, async (processor) => {
      const calendar = await calendarForCase(processor, this.calendars, caseId);
      return (issuedAt) => ({ kind: 'DocketCase', caseId, ...(body.note ? { note: body.note } : {}), ...(calendar ? { calendar } : {}), issuedAt });
    });
  }

  @Post('acknowledgements')
  @HttpCode(200)
  @ApiCommandResponse(CaseCommandAcceptedDto)
  @ApiOperation({ summary: "Record a Party's acknowledgement when the Case opens (BBB-8.1)" })
  acknowledge(@Param('caseId', caseIdPipe) caseId: string, @Body() body: PartyDto, @Context() context: CommandContext, @IfMatch() ifMatch: number | undefined, @Res({ passthrough: true }) reply: FastifyReply) {
    return actOnCase(this.commands, reply, caseId, context, ifMatch, async () => (issuedAt) => ({ kind: 'AcknowledgeWaiver', caseId, party: body.party, issuedAt }));
  }

  @Post('representatives')
  @HttpCode(200)
  @ApiCommandResponse(CaseCommandAcceptedDto)
  @ApiOperation({ summary: "Designate a Party's representative (BBB-2.5)" })
  represent(@Param('caseId', caseIdPipe) caseId: string, @Body() body: RepresentativeDto, @Context() context: CommandContext, @IfMatch() ifMatch: number | undefined, @Res({ passthrough: true }) reply: FastifyReply) {
    return actOnCase(this.commands, reply, caseId, context, ifMatch, async () => (issuedAt) => ({ kind: 'DesignateRepresentative', caseId, ...body, issuedAt }));
  }

  @Post('withdrawal')
  @HttpCode(200)
  @ApiCommandResponse(CaseCommandAcceptedDto)
  @ApiOperation({ summary: 'The Complainant withdraws (BBB-6, VS-10.1)' })
  withdraw(@Param('caseId', caseIdPipe) caseId: string, @Body() body: WithdrawalDto, @Context() context: CommandContext, @IfMatch() ifMatch: number | undefined, @Res({ passthrough: true }) reply: FastifyReply) {
    return actOnCase(this.commands, reply, caseId, context, ifMatch, async () => (issuedAt) => ({ kind: 'WithdrawComplaint', caseId, ...body, issuedAt }));
  }

  @Post('closure-by-default')
  @HttpCode(200)
  @ApiCommandResponse(CaseCommandAcceptedDto)
  @ApiOperation({ summary: "Close the complaint for the Complainant's material breach of the procedure, the Parties notified (VS-6.1: \"Closed by Default\")" })
  closeByDefault(@Param('caseId', caseIdPipe) caseId: string, @Body() body: BreachClosureDto, @Context() context: CommandContext, @IfMatch() ifMatch: number | undefined, @Res({ passthrough: true }) reply: FastifyReply) {
    return actOnCase(this.commands, reply, caseId, context, ifMatch, async () => (issuedAt) => ({ kind: 'CloseForComplainantBreach', caseId, reasons: body.reasons, issuedAt }));
  }
}
