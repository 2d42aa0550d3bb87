import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsIn, IsString, Length } from 'class-validator';
import { IsInstant } from '../../http/validators/is-instant';
import { NestedList, OptionalNested } from '../../http/validators/nested';
import { RemedyDto } from '../hearing/hearing.dto';

const PARTIES = ['complainant', 'respondent'] as const;
const DOCUMENTS = ['decision', 'amended-decision', 'notice-of-intent'] as const;

export class CorrectiveActionDto {
  @ApiProperty({ description: 'The corrective action ordered' })
  @IsString()
  @Length(1, 10000)
  description!: string;

  @ApiProperty({ type: [RemedyDto], description: "Remedies ordered (BBB-4.1): 'monetary-damages' and 'action-violating-legal-obligations' are refused" })
  @NestedList(() => RemedyDto, { max: 20 })
  remedies!: RemedyDto[];

  @ApiProperty({ description: 'The time frame: by when the corrective action is performed (ISO 8601 instant)' })
  @IsInstant()
  performBy!: string;
}

export class DecisionDto {
  @ApiProperty({ description: 'BBB-4.6.1: the findings' })
  @IsString()
  @Length(1, 50000)
  findings!: string;

  @ApiProperty({ description: 'BBB-4.6.1: whether corrective action is necessary' })
  @IsBoolean()
  correctiveActionNecessary!: boolean;

  @ApiPropertyOptional({ type: CorrectiveActionDto, description: 'Required when corrective action is necessary' })
  @OptionalNested(() => CorrectiveActionDto)
  correctiveAction?: CorrectiveActionDto;
}

export class DecisionDeliveryDto {
  @ApiProperty({ enum: DOCUMENTS })
  @IsIn(DOCUMENTS)
  document!: (typeof DOCUMENTS)[number];

  @ApiProperty({ description: 'When the document reached the Respondent (ISO 8601 instant)' })
  @IsInstant()
  deliveredAt!: string;
}

export class ComplianceIntentDto {
  @ApiProperty({ description: 'How the Respondent will comply within the time frame' })
  @IsString()
  @Length(1, 50000)
  how!: string;

  @ApiProperty({ description: 'When the statement reached the CBBB (ISO 8601 instant)' })
  @IsInstant()
  receivedAt!: string;
}

export class ImpossibilityClaimDto {
  @ApiProperty({ enum: PARTIES })
  @IsIn(PARTIES)
  party!: (typeof PARTIES)[number];

  @ApiProperty({ description: 'Why the corrective action cannot be implemented (in time or at all)' })
  @IsString()
  @Length(1, 50000)
  grounds!: string;

  @ApiProperty({ description: 'When the claim reached the CBBB (ISO 8601 instant)' })
  @IsInstant()
  receivedAt!: string;
}

export class EvidenceRequestDto {
  @ApiProperty({ description: 'The evidence (or hearing) sought' })
  @IsString()
  @Length(1, 10000)
  requested!: string;
}

export class ImpossibilityRulingDto {
  @ApiProperty({ description: 'Whether impossibility is confirmed' })
  @IsBoolean()
  confirmed!: boolean;

  @ApiProperty({ description: 'The reasons' })
  @IsString()
  @Length(1, 10000)
  reason!: string;

  @ApiPropertyOptional({ type: CorrectiveActionDto, description: 'When confirmed: the amended corrective action (new time frame or another remedy)' })
  @OptionalNested(() => CorrectiveActionDto)
  amendment?: CorrectiveActionDto;
}

export class CertificationDto {
  @ApiProperty({ description: "The Respondent's certification that the corrective action was implemented" })
  @IsString()
  @Length(1, 50000)
  statement!: string;
}

export class VerificationDto {
  @ApiProperty({ description: 'How the corrective action was verified' })
  @IsString()
  @Length(1, 10000)
  note!: string;
}
