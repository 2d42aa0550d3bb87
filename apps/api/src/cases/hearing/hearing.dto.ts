import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsIn, IsOptional, IsString, Length } from 'class-validator';
import { IsInstant } from '../../http/validators/is-instant';
import { NestedList } from '../../http/validators/nested';

const PARTIES = ['complainant', 'respondent'] as const;
const DOCUMENTS = ['position', 'default-notice', 'rebuttal', 'reply'] as const;

export class RemedyDto {
  @ApiProperty({
    description: "A remedy kind from the rulebook (BBB-4.1): correct-personal-data, suppress-personal-data, process-consistently-with-principles, corrective-policy-changes. 'monetary-damages' and 'action-violating-legal-obligations' are refused.",
    example: 'suppress-personal-data',
  })
  @IsString()
  @Length(1, 100)
  kind!: string;

  @ApiPropertyOptional({ description: 'What exactly is sought, in free text', example: 'Delete the marketing profile built from my browsing' })
  @IsOptional()
  @IsString()
  @Length(1, 5000)
  details?: string;
}

export class HearingRequestDto {
  @ApiProperty({ enum: PARTIES, description: 'BBB-4.1: either Party may request a hearing once Conciliation has failed' })
  @IsIn(PARTIES)
  requestedBy!: (typeof PARTIES)[number];

  @ApiProperty({ type: [RemedyDto], description: 'The remedies sought' })
  @NestedList(() => RemedyDto, { max: 20 })
  remedies!: RemedyDto[];

  @ApiPropertyOptional({ description: "VS-8.2: the requester's brief, which the request includes where the case's rulebook asks for one" })
  @IsOptional()
  @IsString()
  @Length(1, 50000)
  brief?: string;

  @ApiPropertyOptional({ description: 'BBB-4.4: accept the original complaint as the Position' })
  @IsOptional()
  @IsBoolean()
  acceptComplaintAsPosition?: boolean;
}

export class SubmissionDto {
  @ApiProperty({ description: 'When the submission reached the CBBB (ISO 8601 instant)' })
  @IsInstant()
  receivedAt!: string;

  @ApiProperty({ description: 'The submission, or a summary of it' })
  @IsString()
  @Length(1, 50000)
  summary!: string;
}

export class PositionDto {
  @ApiProperty({ description: 'When the Position reached the CBBB (ISO 8601 instant)' })
  @IsInstant()
  receivedAt!: string;

  @ApiPropertyOptional({ description: 'The Position, or a summary of it; omit when the original complaint is accepted as the Position' })
  @IsOptional()
  @IsString()
  @Length(1, 50000)
  summary?: string;

  @ApiPropertyOptional({ description: 'BBB-4.4: the original complaint is accepted as the Position' })
  @IsOptional()
  @IsBoolean()
  acceptComplaintAsPosition?: boolean;
}

export class DeliveryDto {
  @ApiProperty({ enum: DOCUMENTS, description: 'The forwarded document (or default notice) that reached its recipient' })
  @IsIn(DOCUMENTS)
  document!: (typeof DOCUMENTS)[number];

  @ApiProperty({ description: 'When it was received (ISO 8601 instant); the next period runs from here (BBB-8.7)' })
  @IsInstant()
  deliveredAt!: string;
}
