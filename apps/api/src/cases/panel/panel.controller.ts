import { randomBytes } from 'node:crypto';
import { Body, Controller, ForbiddenException, HttpCode, Param, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import { type CommandContext, deterministicId } from '@pdr/application';
import type { PanelistProfile } from '@pdr/procedures';
import { PanelistQueries } from '@pdr/read-side';
import type { FastifyReply } from 'fastify';
import { IfMatch } from '../../http/if-match.decorator';
import { Context } from '../../http/request-context.decorator';
import { actOnCase } from '../eligibility/case-action.command';
import { AppointmentDto, ObjectionDecisionDto, ObjectionDto, SelfDisqualificationDto } from './panel.dto';
import { caseIdPipe } from '../../http/case-id.pipe';
import { STAFF_ROLES, requireRole } from '../../http/actor-roles';

/**
 * Appointing the Panelist (BBB-4.5) by a random draw among those eligible (BBB-4.2, BBB-4.2.1), self-disqualification
 * and objections (BBB-4.2.1); the Case Record goes to the Panelist (BBB-4.3).
 */
@ApiTags('cases')
@ApiHeader({ name: 'X-Actor-Id', required: true })
@ApiHeader({ name: 'X-Actor-Role', required: true })
@ApiHeader({ name: 'If-Match', required: false })
@Controller('cases/:caseId/panel')
export class PanelController {
  constructor(
    private readonly commands: CommandBus,
    private readonly panelists: PanelistQueries,
  ) {}

  @Post('appointment')
  @HttpCode(200)
  @ApiOperation({ summary: 'Appoint the one Panelist, drawn at random from those free of conflict; the seed is recorded; the Case Record is forwarded (BBB-4.5, BBB-4.2, BBB-4.2.1, BBB-4.3)' })
  appoint(@Param('caseId', caseIdPipe) caseId: string, @Body() body: AppointmentDto, @Context() context: CommandContext, @IfMatch() ifMatch: number | undefined, @Res({ passthrough: true }) reply: FastifyReply) {
    requireRole(context, STAFF_ROLES, 'the CBBB appoints the Panelist');
    return actOnCase(this.commands, reply, caseId, context, ifMatch, async () => {
      const { panelists, seed } = await this.draw(context, body.seed);
      return (issuedAt) => ({ kind: 'AppointPanelist', caseId, panelists, seed, issuedAt });
    });
  }

  @Post('self-disqualifications')
  @HttpCode(200)
  @ApiOperation({ summary: 'The appointed Panelist disqualifies themselves; a replacement is drawn with a new seed (BBB-4.2.1)' })
  disqualify(@Param('caseId', caseIdPipe) caseId: string, @Body() body: SelfDisqualificationDto, @Context() context: CommandContext, @IfMatch() ifMatch: number | undefined, @Res({ passthrough: true }) reply: FastifyReply) {
    const self = context.actorRole === 'panelist' && context.actorId === body.panelistId;
    if (!self) requireRole(context, STAFF_ROLES, 'a Panelist disqualifies themselves (or the CBBB records it)');
    return actOnCase(this.commands, reply, caseId, context, ifMatch, async () => {
      const { panelists, seed } = await this.draw(context, body.seed);
      return (issuedAt) => ({ kind: 'DisqualifyPanelist', caseId, panelistId: body.panelistId, reason: body.reason, panelists, seed, issuedAt });
    });
  }

  @Post('objections')
  @HttpCode(200)
  @ApiOperation({ summary: 'A Party objects to the selected Panelist for a conflict of interest (BBB-4.2.1); the CBBB decides' })
  object(@Param('caseId', caseIdPipe) caseId: string, @Body() body: ObjectionDto, @Context() context: CommandContext, @IfMatch() ifMatch: number | undefined, @Res({ passthrough: true }) reply: FastifyReply) {
    if (context.actorRole === 'complainant' || context.actorRole === 'respondent') {
      if (context.actorRole !== body.raisedBy) throw new ForbiddenException({ message: 'a Party objects in its own name', field: 'raisedBy' });
    } else requireRole(context, [...STAFF_ROLES, 'representative'], 'a Party objects (or the CBBB records it)');
    return actOnCase(this.commands, reply, caseId, context, ifMatch, async () => (issuedAt) => ({
      kind: 'RaisePanelistObjection', caseId, panelistId: body.panelistId, raisedBy: body.raisedBy, ground: body.ground, details: body.details, issuedAt,
    }));
  }

  @Post('objections/:objectionId/decision')
  @HttpCode(200)
  @ApiOperation({ summary: 'The administrator decides an objection: upheld sets the Panelist aside and a replacement is drawn with a new seed; rejected: the Panelist stays (BBB-4.2.1)' })
  decide(
    @Param('caseId', caseIdPipe) caseId: string,
    @Param('objectionId') objectionId: string,
    @Body() body: ObjectionDecisionDto,
    @Context() context: CommandContext,
    @IfMatch() ifMatch: number | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    requireRole(context, ['administrator'], 'the CBBB decides an objection');
    return actOnCase(this.commands, reply, caseId, context, ifMatch, async () => {
      const { panelists, seed } = await this.draw(context, body.seed);
      return (issuedAt) => ({ kind: 'DecidePanelistObjection', caseId, objectionId, upheld: body.upheld, reason: body.reason, panelists, seed, issuedAt });
    });
  }

  /** The Board as the read side has it, and the draw's seed: the caller's, one derived from the retry key, or random. */
  private async draw(context: CommandContext, seed: string | undefined): Promise<{ panelists: PanelistProfile[]; seed: string }> {
    const panelists = await this.panelists.activeProfiles();
    return { panelists, seed: seed ?? (context.idempotencyKey ? deterministicId('panel-seed', context.idempotencyKey) : randomBytes(16).toString('hex')) };
  }
}
