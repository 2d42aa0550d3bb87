import { Body, Controller, HttpCode, NotFoundException, Param, ParseUUIDPipe, Post, Req, Res } from '@nestjs/common';
import { RouteConfig } from '@nestjs/platform-fastify';
import { ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { ETAG_HEADER, LOCATION_HEADER } from '../http/api-responses';
import { CORRELATION_ID_HEADER } from '../http/request-context.decorator';
import { ConfirmSubmissionDto, PublicComplaintDto, PublicComplaintFiledDto, SubmissionReceivedDto } from './public-complaint.dto';
import { PublicIntake } from './public-intake.service';

/**
 * Per client address, tighter than the general anonymous limit (300 a minute, security.ts): each submission sends an
 * email, and each confirmation is a guess at a code. A signed-in caller is not limited here, as elsewhere.
 */
export const PUBLIC_INTAKE_LIMITS = {
  submissions: { max: 5, timeWindow: 10 * 60_000 },
  confirmations: { max: 20, timeWindow: 10 * 60_000 },
} as const;

const submissionIdPipe = new ParseUUIDPipe({ exceptionFactory: () => new NotFoundException({ message: 'no pending submission of that id', field: 'submissionId' }) });

/**
 * A programme's public complaints page (CASRO-6, VS-3.1, VS-3.3): anyone may submit a complaint, which is filed once
 * its submitter proves control of the email address given. Public in the access policy; no token needed.
 */
@ApiTags('public-intake')
@Controller('programmes/:programmeId/complaints')
export class PublicIntakeController {
  constructor(private readonly intake: PublicIntake) {}

  @Post()
  @HttpCode(202)
  @RouteConfig({ rateLimit: PUBLIC_INTAKE_LIMITS.submissions })
  @ApiOperation({
    summary: "Submit a complaint through a programme's public form (CASRO-6, VS-3.1, VS-3.3); a confirmation code is emailed to the Complainant",
    description:
      "The fields the programme's rulebook requires, as staff filing takes them, without rulebookId, programmeId, receivedAt, channel or contactId. " +
      'Validated at once as staff filing is (400 naming the field, 422 naming the field and the rule, e.g. a VS-3.1 element) and nothing is written; ' +
      'a valid one is held, sealed, for 24 hours until confirmed. 404: no such programme, or it has no public complaints page. At most 5 per address per 10 minutes (429).',
  })
  @ApiResponse({ status: 202, type: SubmissionReceivedDto, description: 'Held until confirmed; the code was sent to the email address given', headers: { Location: LOCATION_HEADER } })
  async submit(@Param('programmeId') programmeId: string, @Body() body: PublicComplaintDto, @Res({ passthrough: true }) reply: FastifyReply): Promise<SubmissionReceivedDto> {
    const { submissionId, expiresAt } = await this.intake.submit(programmeId, body);
    const confirmation = `/programmes/${programmeId}/complaints/${submissionId}/confirmation`;
    reply.header('location', confirmation);
    return { submissionId, expiresAt, confirmation };
  }

  @Post(':submissionId/confirmation')
  @HttpCode(201)
  @RouteConfig({ rateLimit: PUBLIC_INTAKE_LIMITS.confirmations })
  @ApiOperation({
    summary: 'Confirm a public submission with the emailed code: the contact is recorded and the complaint filed as staff file it; an acknowledgement with the case reference is emailed',
    description: '422 naming `code` for a wrong code (5 attempts, then the submission is deleted); 404 for an unknown, expired or already confirmed submission.',
  })
  @ApiResponse({ status: 201, type: PublicComplaintFiledDto, description: 'Filed: the case enters eligibility review', headers: { ETag: ETAG_HEADER } })
  async confirm(
    @Param('programmeId') programmeId: string,
    @Param('submissionId', submissionIdPipe) submissionId: string,
    @Body() body: ConfirmSubmissionDto,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<PublicComplaintFiledDto> {
    const correlationId = String(request.headers[CORRELATION_ID_HEADER] ?? request.id);
    const { caseId, outcome } = await this.intake.confirm(programmeId, submissionId, body.code, correlationId);
    reply.header('etag', `"${outcome.revision}"`);
    return { caseId, revision: outcome.revision, position: outcome.position };
  }
}
