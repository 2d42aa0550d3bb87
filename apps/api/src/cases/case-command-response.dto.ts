import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { CommandAcceptedDto } from '../http/command-response.dto';

/** What every command on a case answers (case-command-answer.ts). */
export class CaseCommandAcceptedDto extends CommandAcceptedDto {
  @ApiPropertyOptional({ type: [String], description: 'The notices the command sent, when it sent any: record each delivery at /cases/{caseId}/notices/{noticeId}/delivery (BBB-8.7)', example: ['notice-3'] })
  noticeIds?: readonly string[];
}

// The commands below create something inside the case: the answer names it, so the client need not read the case to find it.

export class CaseFiledDto extends CaseCommandAcceptedDto {
  @ApiProperty({ format: 'uuid' })
  caseId!: string;
}

export class InformationRequestedDto extends CaseCommandAcceptedDto {
  @ApiProperty({ description: 'The request, also the id of the deadline its answer is due by', example: 'information-response-1' })
  requestId!: string;
}

export class DesignationCreatedDto extends CaseCommandAcceptedDto {
  @ApiProperty({ description: 'The designation, to accept or return', example: 'proprietary-1' })
  designationId!: string;
}

export class ObjectionRaisedDto extends CaseCommandAcceptedDto {
  @ApiProperty({ description: 'The objection, for the administrator to decide', example: 'objection-1' })
  objectionId!: string;
}

export class PanelistRequestsCreatedDto extends CaseCommandAcceptedDto {
  @ApiProperty({ type: [String], description: 'One request per Party asked, in the order the Parties were given', example: ['panelist-request-1'] })
  requestIds!: readonly string[];
}

export class OralHearingScheduledDto extends CaseCommandAcceptedDto {
  @ApiProperty({ example: 'oral-hearing-1' })
  hearingId!: string;
}

export class AbsenceResolvedDto extends CaseCommandAcceptedDto {
  @ApiPropertyOptional({ description: 'The new oral hearing, when the Panelist rescheduled', example: 'oral-hearing-2' })
  hearingId?: string;
}
