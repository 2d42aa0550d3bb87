import { randomBytes } from 'node:crypto';
import { Body, Controller, HttpCode, Param, Post, Res, BadRequestException } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiCommandResponse } from '../../http/api-responses';
import { CaseCommandAcceptedDto, ObjectionRaisedDto } from '../case-command-response.dto';
import { idIn } from '../case-command-answer';
import { type CommandContext } from '@pdr/application';
import type { PanelistProfile } from '@pdr/procedures';
import { PanelistQueries } from '@pdr/read-side';
import type { FastifyReply } from 'fastify';
import { IfMatch } from '../../http/if-match.decorator';
import { Context } from '../../http/request-context.decorator';
import { actOnCase } from '../eligibility/case-action.command';
import { DesignationDto, ObjectionDecisionDto, ObjectionDto, SelfDisqualificationDto } from './panel.dto';
import { caseIdPipe } from '../../http/case-id.pipe';

/**
 * Appointing the decision-maker: the Panelist (BBB-4.5) by a random draw among those eligible (BBB-4.2, BBB-4.2.1),
 * or by the administrator's designation where the rulebook says so (VS-8.1); self-disqualification and objections
 * (BBB-4.2.1); the Case Record goes to the person appointed (BBB-4.3).
 */
@ApiTags('cases')
@ApiHeader({ name: 'If-Match', required: false })
@Controller('cases/:caseId/panel')
export class PanelController {
  constructor(
    private readonly commands: CommandBus,
    private readonly panelists: PanelistQueries,
  ) {}

  @Post('appointment')
  @HttpCode(200)
  @ApiCommandResponse(CaseCommandAcceptedDto)
  @ApiOperation({ summary: 'Appoint the one Panelist, drawn at random from those free of conflict; the seed is recorded; the Case Record is forwarded (BBB-4.5, BBB-4.2, BBB-4.2.1, BBB-4.3)' })
  appoint(@Param('caseId', caseIdPipe) caseId: string, @Body() body: unknown, @Context() context: CommandContext, @IfMatch() ifMatch: number | undefined, @Res({ passthrough: true }) reply: FastifyReply) {
    // The appointment takes nothing from the client: a seed sent along is refused, never used.
    const given = body && typeof body === 'object' ? Object.keys(body) : [];
    if (given.length > 0) throw new BadRequestException({ message: `the appointment takes no fields (the draw is the server's): ${given[0]!.slice(0, 40)} is not accepted`, field: given[0]!.slice(0, 40) });
    return actOnCase(this.commands, reply, caseId, context, ifMatch, async () => {
      const { panelists, seed } = await this.draw();
      return (issuedAt) => ({ kind: 'AppointPanelist', caseId, panelists, seed, issuedAt });
    });
  }

  @Post('designation')
  @HttpCode(200)
  @ApiCommandResponse(CaseCommandAcceptedDto)
  @ApiOperation({ summary: 'Designate the decision-maker from the pool, where the rulebook chooses by designation (VS-8.1): refused unless qualified (VS-8.3), free of conflict and not excluded (VS-9.3); the credentials relied on are recorded' })
  designate(@Param('caseId', caseIdPipe) caseId: string, @Body() body: DesignationDto, @Context() context: CommandContext, @IfMatch() ifMatch: number | undefined, @Res({ passthrough: true }) reply: FastifyReply) {
    return actOnCase(this.commands, reply, caseId, context, ifMatch, async () => {
      const panelists = await this.poolWithCredentialsOf(body.panelistId);
      return (issuedAt) => ({ kind: 'DesignateDecisionMaker', caseId, panelistId: body.panelistId, panelists, issuedAt });
    });
  }

  @Post('self-disqualifications')
  @HttpCode(200)
  @ApiCommandResponse(CaseCommandAcceptedDto)
  @ApiOperation({ summary: 'The appointed Panelist disqualifies themselves; a replacement is drawn with a new seed (BBB-4.2.1)' })
  disqualify(@Param('caseId', caseIdPipe) caseId: string, @Body() body: SelfDisqualificationDto, @Context() context: CommandContext, @IfMatch() ifMatch: number | undefined, @Res({ passthrough: true }) reply: FastifyReply) {
    return actOnCase(this.commands, reply, caseId, context, ifMatch, async () => {
      const { panelists, seed } = await this.draw();
      return (issuedAt) => ({ kind: 'DisqualifyPanelist', caseId, panelistId: body.panelistId, reason: body.reason, panelists, seed, issuedAt });
    });
  }

  @Post('objections')
  @HttpCode(200)
  @ApiCommandResponse(ObjectionRaisedDto)
  @ApiOperation({ summary: 'A Party objects to the selected Panelist for a conflict of interest (BBB-4.2.1); the CBBB decides' })
  object(@Param('caseId', caseIdPipe) caseId: string, @Body() body: ObjectionDto, @Context() context: CommandContext, @IfMatch() ifMatch: number | undefined, @Res({ passthrough: true }) reply: FastifyReply): Promise<ObjectionRaisedDto> {
    return actOnCase(
      this.commands, reply, caseId, context, ifMatch,
      async () => (issuedAt) => ({ kind: 'RaisePanelistObjection', caseId, panelistId: body.panelistId, raisedBy: body.raisedBy, ground: body.ground, details: body.details, issuedAt }),
      (events) => ({ objectionId: idIn(events, 'PanelistObjectionRaised', 'objectionId') }),
    );
  }

  @Post('objections/:objectionId/decision')
  @HttpCode(200)
  @ApiCommandResponse(CaseCommandAcceptedDto)
  @ApiOperation({ summary: 'The administrator decides an objection: upheld sets the Panelist aside and a replacement is drawn with a new seed; rejected: the Panelist stays (BBB-4.2.1)' })
  decide(
    @Param('caseId', caseIdPipe) caseId: string,
    @Param('objectionId') objectionId: string,
    @Body() body: ObjectionDecisionDto,
    @Context() context: CommandContext,
    @IfMatch() ifMatch: number | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    return actOnCase(this.commands, reply, caseId, context, ifMatch, async () => {
      const { panelists, seed } = await this.draw();
      return (issuedAt) => ({ kind: 'DecidePanelistObjection', caseId, objectionId, upheld: body.upheld, reason: body.reason, panelists, seed, issuedAt });
    });
  }

  /** The active Board, the one designated with the credentials the Board records for them (the rest need none). */
  private async poolWithCredentialsOf(panelistId: string): Promise<PanelistProfile[]> {
    const [pool, designated] = await Promise.all([this.panelists.activeProfiles(), this.panelists.get(panelistId)]);
    return pool.map((member) => (member.panelistId === designated?.panelistId ? { ...member, qualifications: designated.qualifications } : member));
  }

  /**
   * The Board as the read side has it, and the draw's seed from the server's CSPRNG. A retry with the same
   * Idempotency-Key replays what the first attempt wrote, so it never draws again.
   */
  private async draw(): Promise<{ panelists: PanelistProfile[]; seed: string }> {
    const panelists = await this.panelists.activeProfiles();
    return { panelists, seed: randomBytes(16).toString('hex') };
  }
}
