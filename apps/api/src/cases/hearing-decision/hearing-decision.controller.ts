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
import { HearingDecisionDto } from './hearing-decision.dto';

/** A Hearing Decision that orders or closes (VS-8.4(c), VS-9.4): issued by the officer appointed on the case, who is the signed-in actor. */
@ApiTags('cases')
@ApiHeader({ name: 'If-Match', required: false })
@Controller('cases/:caseId/hearing-decision')
export class HearingDecisionController {
  constructor(
    private readonly commands: CommandBus,
    private readonly calendars: CalendarProvider,
  ) {}

  @Post()
  @HttpCode(200)
  @ApiCommandResponse(CaseCommandAcceptedDto)
  @ApiOperation({ summary: 'The appointed officer issues the Hearing Decision (VS-8.4(c)) or the Appellate Hearing Decision (VS-9.4): a Reparation Order of Permitted Outcomes (VS-4.1), or "Closed – No Action Taken"; the Parties are notified' })
  issue(@Param('caseId', caseIdPipe) caseId: string, @Body() body: HearingDecisionDto, @Context() context: CommandContext, @IfMatch() ifMatch: number | undefined, @Res({ passthrough: true }) reply: FastifyReply) {
    const officerId = context.actorId;
    return actOnCase(this.commands, reply, caseId, context, ifMatch, async (processor) => {
      const calendar = await calendarForCase(processor, this.calendars, caseId);
      if (!calendar) throw new NotFoundException({ message: `no case ${caseId}`, field: 'caseId' });
      return (issuedAt) => ({
        kind: 'IssueHearingDecision', caseId, officerId, substantiated: body.substantiated, violatesFramework: body.violatesFramework, findings: body.findings,
        ...(body.reparationOrder ? { reparationOrder: body.reparationOrder.map(({ kind, terms }) => ({ kind, terms })) } : {}),
        calendar, issuedAt,
      });
    });
  }
}
