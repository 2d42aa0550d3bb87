import { Body, Controller, HttpCode, Param, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { CommandContext } from '@pdr/application';
import type { FastifyReply } from 'fastify';
import { caseIdPipe } from '../../http/case-id.pipe';
import { ApiCommandResponse } from '../../http/api-responses';
import { IfMatch } from '../../http/if-match.decorator';
import { Context } from '../../http/request-context.decorator';
import { CaseCommandAcceptedDto } from '../case-command-response.dto';
import { actOnCase } from '../eligibility/case-action.command';
import { slotPipe } from './slot.pipe';
import { SlotSubmissionDto, SlotWaiverDto } from './submission.dto';

/** Filings of exchange slots that have no endpoint of their own (VS-7.1, VS-7.3): the case's rulebook names each slot and its filer. */
@ApiTags('cases')
@ApiHeader({ name: 'If-Match', required: false })
@Controller('cases/:caseId/submissions/:slot')
export class SubmissionsController {
  constructor(private readonly commands: CommandBus) {}

  @Post()
  @HttpCode(200)
  @ApiCommandResponse(CaseCommandAcceptedDto)
  @ApiOperation({ summary: "A filing of a slot the case's rulebook names (its filer, its period; late: refused unless extended), e.g. VeraSafe's Response to Complaint (VS-7.1)" })
  file(
    @Param('caseId', caseIdPipe) caseId: string,
    @Param('slot', slotPipe) slot: string,
    @Body() body: SlotSubmissionDto,
    @Context() context: CommandContext,
    @IfMatch() ifMatch: number | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    return actOnCase(this.commands, reply, caseId, context, ifMatch, async () => (issuedAt) => ({
      kind: 'FileSubmission',
      caseId,
      slot,
      filedBy: body.filedBy,
      receivedAt: body.receivedAt,
      summary: body.summary,
      ...(body.submissionKind ? { submissionKind: body.submissionKind } : {}),
      issuedAt,
    }));
  }

  @Post('waiver')
  @HttpCode(200)
  @ApiCommandResponse(CaseCommandAcceptedDto)
  @ApiOperation({ summary: 'The filer declines a slot its rulebook lets it decline, e.g. the Complainant satisfied with the Response (VS-7.3(b))' })
  waive(
    @Param('caseId', caseIdPipe) caseId: string,
    @Param('slot', slotPipe) slot: string,
    @Body() body: SlotWaiverDto,
    @Context() context: CommandContext,
    @IfMatch() ifMatch: number | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    return actOnCase(this.commands, reply, caseId, context, ifMatch, async () => (issuedAt) => ({ kind: 'WaiveSubmission', caseId, slot, waivedBy: body.waivedBy, ...(body.reason ? { reason: body.reason } : {}), issuedAt }));
  }
}
