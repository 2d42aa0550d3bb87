import { Body, Controller, HttpCode, Param, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { CommandContext } from '@pdr/application';
import type { FastifyReply } from 'fastify';
import { ApiCommandResponse } from '../../http/api-responses';
import { caseIdPipe } from '../../http/case-id.pipe';
import { IfMatch } from '../../http/if-match.decorator';
import { Context } from '../../http/request-context.decorator';
import { CaseCommandAcceptedDto } from '../case-command-response.dto';
import { actOnCase } from '../eligibility/case-action.command';
import { ConfirmPerformanceDto, NonPerformanceDto } from './performance.dto';

/**
 * Performance of a Settlement Agreement or Reparation Order, monitored by the administrator (VS-12): satisfied, it
 * closes the case with the undertaking's outcome; a failure to perform is noted and referred (VS-12.2, VS-13).
 */
@ApiTags('cases')
@ApiHeader({ name: 'If-Match', required: false })
@Controller('cases/:caseId/performance')
export class PerformanceController {
  constructor(private readonly commands: CommandBus) {}

  @Post('confirmation')
  @HttpCode(200)
  @ApiCommandResponse(CaseCommandAcceptedDto)
  @ApiOperation({ summary: 'Confirm the Participant performed the Settlement or Reparation Order: "Closed by Settlement" or "Closed by Performance of Reparation Order", both Parties notified (VS-12.1)' })
  confirm(@Param('caseId', caseIdPipe) caseId: string, @Body() body: ConfirmPerformanceDto, @Context() context: CommandContext, @IfMatch() ifMatch: number | undefined, @Res({ passthrough: true }) reply: FastifyReply) {
    return actOnCase(this.commands, reply, caseId, context, ifMatch, async () => (issuedAt) => ({ kind: 'ConfirmPerformance', caseId, verified: body.verified, verifiedBy: context.actorId, issuedAt }));
  }

  @Post('failure')
  @HttpCode(200)
  @ApiCommandResponse(CaseCommandAcceptedDto)
  @ApiOperation({ summary: 'Record the Participant\'s failure to perform the Settlement or Reparation Order: noted for the next Annual Procedure Report and referred (VS-12.2, VS-13)' })
  failure(@Param('caseId', caseIdPipe) caseId: string, @Body() body: NonPerformanceDto, @Context() context: CommandContext, @IfMatch() ifMatch: number | undefined, @Res({ passthrough: true }) reply: FastifyReply) {
    return actOnCase(this.commands, reply, caseId, context, ifMatch, async () => (issuedAt) => ({ kind: 'RecordNonPerformance', caseId, details: body.details, recordedBy: context.actorId, issuedAt }));
  }
}
