import { Body, Controller, HttpCode, NotFoundException, Param, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CalendarProvider, type CommandContext } from '@pdr/application';
import type { FastifyReply } from 'fastify';
import { ApiCommandResponse } from '../../http/api-responses';
import { caseIdPipe } from '../../http/case-id.pipe';
import { IfMatch } from '../../http/if-match.decorator';
import { Context } from '../../http/request-context.decorator';
import { CaseCommandAcceptedDto } from '../case-command-response.dto';
import { actOnCase } from '../eligibility/case-action.command';
import { calendarForCase } from '../information-request.commands';
import { MediationOutcomeDto, MediatorDto, TeleconferenceDto } from './mediation.dto';

/** The Mediation Teleconference (VS-7.4): the administrator appoints the mediator, sets it, records what came of it, sends a Settlement's terms. */
@ApiTags('cases')
@ApiHeader({ name: 'If-Match', required: false })
@Controller('cases/:caseId/mediation')
export class MediationController {
  constructor(
    private readonly commands: CommandBus,
    private readonly calendars: CalendarProvider,
  ) {}

  @Post('mediator')
  @HttpCode(200)
  @ApiCommandResponse(CaseCommandAcceptedDto)
  @ApiOperation({ summary: 'Appoint the mediator (VS-7.4)' })
  mediator(@Param('caseId', caseIdPipe) caseId: string, @Body() body: MediatorDto, @Context() context: CommandContext, @IfMatch() ifMatch: number | undefined, @Res({ passthrough: true }) reply: FastifyReply) {
    return actOnCase(this.commands, reply, caseId, context, ifMatch, async () => (issuedAt) => ({ kind: 'AppointMediator', caseId, mediatorName: body.mediatorName, issuedAt }));
  }

  @Post('teleconference')
  @HttpCode(200)
  @ApiCommandResponse(CaseCommandAcceptedDto)
  @ApiOperation({ summary: 'Set the Mediation Teleconference and notice both Parties, at least 15 days ahead (VS-7.4)' })
  teleconference(@Param('caseId', caseIdPipe) caseId: string, @Body() body: TeleconferenceDto, @Context() context: CommandContext, @IfMatch() ifMatch: number | undefined, @Res({ passthrough: true }) reply: FastifyReply) {
    return actOnCase(this.commands, reply, caseId, context, ifMatch, async () => (issuedAt) => ({ kind: 'ScheduleMediationTeleconference', caseId, scheduledFor: body.scheduledFor, issuedAt }));
  }

  @Post('outcome')
  @HttpCode(200)
  @ApiCommandResponse(CaseCommandAcceptedDto)
  @ApiOperation({ summary: 'Record what came of the teleconference, once held: absence of either Party, a Settlement with its terms, or none (VS-7.4)' })
  outcome(@Param('caseId', caseIdPipe) caseId: string, @Body() body: MediationOutcomeDto, @Context() context: CommandContext, @IfMatch() ifMatch: number | undefined, @Res({ passthrough: true }) reply: FastifyReply) {
    return actOnCase(this.commands, reply, caseId, context, ifMatch, async (processor) => {
      const calendar = await calendarForCase(processor, this.calendars, caseId);
      if (!calendar) throw new NotFoundException({ message: `no case ${caseId}`, field: 'caseId' });
      return (issuedAt) => ({ kind: 'RecordMediationOutcome', caseId, outcome: body.outcome, ...(body.terms ? { terms: body.terms } : {}), calendar, issuedAt });
    });
  }

  @Post('settlement-terms')
  @HttpCode(200)
  @ApiCommandResponse(CaseCommandAcceptedDto)
  @ApiOperation({ summary: "Send the Settlement's terms to both Parties, within five business days (VS-7.4 (iii))" })
  settlementTerms(@Param('caseId', caseIdPipe) caseId: string, @Context() context: CommandContext, @IfMatch() ifMatch: number | undefined, @Res({ passthrough: true }) reply: FastifyReply) {
    return actOnCase(this.commands, reply, caseId, context, ifMatch, async () => (issuedAt) => ({ kind: 'SendSettlementTerms', caseId, issuedAt }));
  }
}
