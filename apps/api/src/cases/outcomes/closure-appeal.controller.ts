import { Body, Controller, HttpCode, Param, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CalendarProvider, type CommandContext } from '@pdr/application';
import { calendarForCase } from '../information-request.commands';
import type { FastifyReply } from 'fastify';
import { ApiCommandResponse } from '../../http/api-responses';
import { caseIdPipe } from '../../http/case-id.pipe';
import { IfMatch } from '../../http/if-match.decorator';
import { Context } from '../../http/request-context.decorator';
import { CaseCommandAcceptedDto } from '../case-command-response.dto';
import { actOnCase } from '../eligibility/case-action.command';
import { ClosureAppealDecisionDto, ClosureAppealDto } from './closure-appeal.dto';

/** Appeals of a closure that opens one (VS-5.5(a)): the only procedure steps a closed case takes. */
@ApiTags('cases')
@ApiHeader({ name: 'If-Match', required: false })
@Controller('cases/:caseId/closure-appeals')
export class ClosureAppealController {
  constructor(
    private readonly commands: CommandBus,
    private readonly calendars: CalendarProvider,
  ) {}

  @Post()
  @HttpCode(200)
  @ApiCommandResponse(CaseCommandAcceptedDto)
  @ApiOperation({ summary: 'Appeal the closure within its window, with what the rules require (VS-5.5(a): Credible Evidence of a material error)' })
  appeal(@Param('caseId', caseIdPipe) caseId: string, @Body() body: ClosureAppealDto, @Context() context: CommandContext, @IfMatch() ifMatch: number | undefined, @Res({ passthrough: true }) reply: FastifyReply) {
    return actOnCase(this.commands, reply, caseId, context, ifMatch, async () => (issuedAt) => ({
      kind: 'AppealClosure', caseId, party: body.party,
      ...(body.grounds !== undefined ? { grounds: body.grounds } : {}), ...(body.evidence !== undefined ? { evidence: body.evidence } : {}),
      receivedAt: body.receivedAt ?? issuedAt, issuedAt,
    }));
  }

  @Post('decision')
  @HttpCode(200)
  @ApiCommandResponse(CaseCommandAcceptedDto)
  @ApiOperation({ summary: 'Decide the appeal: upheld, the closure is final; granted, the case reopens (VS-5.5(a): re-examination)' })
  decide(@Param('caseId', caseIdPipe) caseId: string, @Body() body: ClosureAppealDecisionDto, @Context() context: CommandContext, @IfMatch() ifMatch: number | undefined, @Res({ passthrough: true }) reply: FastifyReply) {
    return actOnCase(this.commands, reply, caseId, context, ifMatch, async (processor) => {
      // A granted appeal heard by an appellate hearing starts its rebuttal period (VS-9.2), counted in the case's calendar.
      const calendar = await calendarForCase(processor, this.calendars, caseId);
      return (issuedAt) => ({ kind: 'DecideClosureAppeal', caseId, decision: body.decision, reasons: body.reasons, decidedBy: context.actorId, ...(calendar ? { calendar } : {}), issuedAt });
    });
  }
}
