import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsIn, IsInt, IsOptional, IsString, Length, Max, Min } from 'class-validator';
import { IsInstant } from '../../http/validators/is-instant';
import { RequiredNested } from '../../http/validators/nested';

const REFUSALS = ['direct-contact-with-panelist', 'breach-of-confidentiality', 'party-conduct', 'refuses-to-comply-with-procedure'] as const;
const PARTIES = ['complainant', 'respondent'] as const;

export class AgencyDto {
  @ApiProperty({ example: 'Federal Trade Commission' })
  @IsString()
  @Length(1, 300)
  name!: string;
}

export class ReferDto {
  @ApiProperty({ type: AgencyDto, description: 'The government agency the matter would be referred to (BBB-8.8)' })
  @RequiredNested(() => AgencyDto)
  agency!: AgencyDto;

  @ApiProperty({ description: 'BBB-7.3: the Respondent, as named in the Procedure report' })
  @IsString()
  @Length(1, 300)
  respondentName!: string;

  @ApiProperty({ description: 'BBB-7.3: the nature of the Case' })
  @IsString()
  @Length(1, 5000)
  nature!: string;

  @ApiProperty({ description: 'BBB-7.3: a summary of the Case naming the Respondent' })
  @IsString()
  @Length(1, 20000)
  summary!: string;

  @ApiProperty({ description: 'Why the administrator refers (BBB-8.8 grounds)' })
  @IsString()
  @Length(1, 5000)
  reason!: string;

  @ApiPropertyOptional({ description: 'Business days to cure after receipt of the notice (under VS-3.3 receipt is transmission); at least 10 (BBB-8.8, VS-13.2), default 10' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(365)
  cureBusinessDays?: number;
}

export class NotReferDto {
  @ApiProperty({ description: 'Why the matter is not referred; the case closes (BBB-6 (11), or the refusal to proceed\'s own reason), or under VeraSafe returns to the stage the question arose in (VS-13.1); refused (409) after VS-7.2 or VS-12.2, which say the matter shall be referred' })
  @IsString()
  @Length(1, 5000)
  reason!: string;
}

export class ReferralDeliveryDto {
  @ApiProperty({ description: 'When the referral notice reached the Respondent (ISO 8601 instant); the cure period runs from here' })
  @IsInstant()
  deliveredAt!: string;
}

export class CureDto {
  @ApiProperty({ description: 'When the cure reached the CBBB (ISO 8601 instant)' })
  @IsInstant()
  receivedAt!: string;

  @ApiProperty({ description: 'What the Respondent did to cure' })
  @IsString()
  @Length(1, 20000)
  actionTaken!: string;
}

export class RefusalDto {
  @ApiProperty({ enum: REFUSALS, description: 'BBB-4.3.1 (BBB-6 (10)), BBB-8.4 (BBB-6 (9)) or a Party\'s conduct (BBB-6 (11)); under VeraSafe the Participant\'s refusal to comply with the Procedure (VS-13.1 (1)), which raises the referral question. A reason the case\'s rulebook does not list is refused (422)' })
  @IsIn(REFUSALS)
  reason!: (typeof REFUSALS)[number];

  @ApiProperty({ enum: PARTIES })
  @IsIn(PARTIES)
  party!: (typeof PARTIES)[number];

  @ApiProperty({ description: 'What happened' })
  @IsString()
  @Length(1, 20000)
  details!: string;

  @ApiPropertyOptional({ description: 'A violating Respondent may also be referred (BBB-4.3.1, BBB-8.4): go to the referral decision instead of closing. A refusal that closes nothing (VS-13.1 (1)) always goes to the referral decision' })
  @IsOptional()
  @IsBoolean()
  considerReferral?: boolean;
}
