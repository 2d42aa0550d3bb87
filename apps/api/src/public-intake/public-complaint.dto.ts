import { ApiProperty, OmitType } from '@nestjs/swagger';
import { Matches } from 'class-validator';
import { FileComplaintDto } from '../cases/file-complaint.dto';

/**
 * What staff set and a member of the public does not: the procedure and programme come from the route, the channel
 * is the web form and the complaint is received when it is sent (VS-3.3: delivered on transmission), and a contact is
 * recorded for it on confirmation. Sending any of them is refused (400), as any unknown field is.
 */
const STAFF_ONLY = ['rulebookId', 'programmeId', 'receivedAt', 'channel', 'contactId'] as const;

/**
 * A complaint through a programme's public form (CASRO-6, VS-3.1, VS-3.3): staff intake's complaint (the same fields
 * and the same validation, inherited from FileComplaintDto) without the staff-only fields.
 */
export class PublicComplaintDto extends OmitType(FileComplaintDto, STAFF_ONLY) {}

export class ConfirmSubmissionDto {
  @ApiProperty({ description: 'The confirmation code sent to the email address given in the submission', example: '042917', pattern: '^[0-9]{6}$' })
  @Matches(/^[0-9]{6}$/, { message: 'code must be the 6 digits sent by email' })
  code!: string;
}

export class SubmissionReceivedDto {
  @ApiProperty({ format: 'uuid', description: 'The pending submission: confirm it with the code sent by email' })
  submissionId!: string;

  @ApiProperty({ description: 'Unconfirmed by then, the submission is purged (ISO 8601)', example: '2026-03-03T09:00:00.000Z' })
  expiresAt!: string;

  @ApiProperty({ description: 'Where to send the code', example: '/programmes/casro-safe-harbor/complaints/6f1c…/confirmation' })
  confirmation!: string;
}

export class PublicComplaintFiledDto {
  @ApiProperty({ format: 'uuid', description: 'The case reference (also sent in the acknowledgement)' })
  caseId!: string;

  @ApiProperty({ description: "The case stream's revision after filing" })
  revision!: number;

  @ApiProperty({ description: 'Log position of the filing' })
  position!: number;
}
