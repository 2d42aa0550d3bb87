import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsBoolean, IsIn, IsInt, IsOptional, IsString, Length, MaxLength } from 'class-validator';
import { NestedList } from '../../http/validators/nested';
import { IsInstant } from '../../http/validators/is-instant';

const PARTIES = ['complainant', 'respondent'] as const;
const DOCUMENTS = ['request', 'answer', 'default-notice'] as const;

export class InformationRequestDto {
  @ApiProperty({ enum: PARTIES, isArray: true, description: 'BBB-4.5.1: either or both Parties' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(2)
  @IsIn(PARTIES, { each: true })
  parties!: (typeof PARTIES)[number][];

  @ApiProperty({ description: 'What the Panelist asks' })
  @IsString()
  @Length(1, 5000)
  question!: string;

  @ApiPropertyOptional({ description: "VS-8.4a: the time limit for the answer the officer specifies, in business days (required where the rulebook lets the request set it; refused where the period is fixed, as BBB-4.5.1's ten business days)", example: 10 })
  @IsOptional()
  @IsInt()
  timeLimitBusinessDays?: number;
}

const FINDINGS = ['valid', 'invalid', 'not-established'] as const;

/** One essential fact: its content is checked by the procedure (422 naming the field), its shape here. */
export class InvestigatedFactDto {
  @ApiProperty({ description: 'The essential fact, as presented in the Procedure Submissions' })
  @IsString()
  @MaxLength(5000)
  fact!: string;

  @ApiProperty({ enum: FINDINGS, description: 'What the investigation found of its validity' })
  @IsString()
  @MaxLength(50)
  finding!: string;

  @ApiProperty({ description: "The Program Administrator's analysis of its validity" })
  @IsString()
  @MaxLength(20000)
  analysis!: string;
}

export class InvestigativeAnalysisDto {
  @ApiProperty({ type: [InvestigatedFactDto], description: 'VS-8.4b: the analysis of each essential fact presented in the Procedure Submissions (at least one)' })
  @NestedList(() => InvestigatedFactDto, { max: 200 })
  facts!: InvestigatedFactDto[];
}

export class ProceedingsDeliveryDto {
  @ApiProperty({ description: 'The request it concerns', example: 'panelist-request-1' })
  @IsString()
  @Length(1, 100)
  requestId!: string;

  @ApiProperty({ enum: DOCUMENTS })
  @IsIn(DOCUMENTS)
  document!: (typeof DOCUMENTS)[number];

  @ApiProperty({ description: 'When it reached its recipient: the period after receipt runs from here' })
  @IsInstant()
  deliveredAt!: string;
}

export class ProceedingsSubmissionDto {
  @ApiProperty({ example: 'panelist-request-1' })
  @IsString()
  @Length(1, 100)
  requestId!: string;

  @ApiProperty()
  @IsInstant()
  receivedAt!: string;

  @ApiProperty()
  @IsString()
  @Length(1, 20000)
  summary!: string;
}

export class OralHearingDto {
  @ApiProperty({ description: 'When the hearing starts; notice goes out now and must be at least 15 business days ahead (BBB-4.5.2)' })
  @IsInstant()
  hearingAt!: string;

  @ApiProperty({ example: 'teleconference', description: 'teleconference, videoconference or other-electronic' })
  @IsString()
  @Length(1, 50)
  means!: string;

  @ApiPropertyOptional({ description: 'BBB-4.5.2: the CBBB may observe' })
  @IsOptional()
  @IsBoolean()
  cbbbObserving?: boolean;
}

export class ExclusionDto {
  @ApiProperty()
  @IsString()
  @Length(1, 100)
  hearingId!: string;

  @ApiProperty({ enum: PARTIES, description: "The Party excluded while the other's Proprietary Information is discussed" })
  @IsIn(PARTIES)
  excludedParty!: (typeof PARTIES)[number];

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @Length(1, 1000)
  topic?: string;
}

export class AbsenceDto {
  @ApiProperty()
  @IsString()
  @Length(1, 100)
  hearingId!: string;

  @ApiProperty({ enum: PARTIES })
  @IsIn(PARTIES)
  absentParty!: (typeof PARTIES)[number];
}

export class AbsenceReasonDto {
  @ApiProperty()
  @IsString()
  @Length(1, 100)
  hearingId!: string;

  @ApiPropertyOptional({ description: 'The reason the CBBB knows of; omitted when none' })
  @IsOptional()
  @IsString()
  @Length(1, 5000)
  knownReason?: string;
}

export class AbsenceResolutionDto {
  @ApiProperty()
  @IsString()
  @Length(1, 100)
  hearingId!: string;

  @ApiProperty({ enum: ['reschedule', 'proceed'] })
  @IsIn(['reschedule', 'proceed'])
  outcome!: 'reschedule' | 'proceed';

  @ApiPropertyOptional({ description: 'The new hearing time, when rescheduling' })
  @IsOptional()
  @IsInstant()
  hearingAt?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @Length(1, 50)
  means?: string;
}
