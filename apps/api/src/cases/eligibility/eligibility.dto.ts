import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsEmail, IsIn, IsOptional, IsString, Length } from 'class-validator';
import { OptionalNested } from '../../http/validators/nested';

export class IdentifyRespondentDto {
  @ApiProperty({ description: "The Respondent's id in the registry of participating businesses" })
  @IsString()
  @Length(1, 100)
  businessId!: string;
}

export class EligibilityFindingDto {
  @ApiProperty({ description: "One of the rulebook's eligibility conditions", example: 'not-in-litigation' })
  @IsString()
  @Length(1, 100)
  condition!: string;

  @ApiProperty()
  @IsBoolean()
  met!: boolean;

  @ApiProperty({ description: 'Why: what was checked and what it showed' })
  @IsString()
  @Length(1, 5000)
  note!: string;

  @ApiPropertyOptional({ description: "BBB-2.3.2: the Complainant's account of the attempt to resolve the Complaint directly" })
  @IsOptional()
  @IsString()
  @Length(1, 5000)
  account?: string;
}

export class OtherAgencyDto {
  @ApiProperty()
  @IsString()
  @Length(1, 300)
  name!: string;

  @ApiProperty()
  @IsString()
  @Length(1, 1000)
  address!: string;
}

export class IneligibilityDto {
  @ApiProperty({ description: 'The condition found unmet' })
  @IsString()
  @Length(1, 100)
  condition!: string;

  @ApiProperty()
  @IsString()
  @Length(1, 5000)
  reason!: string;

  @ApiPropertyOptional({ type: OtherAgencyDto, description: 'BBB-2.4c: another agency with jurisdiction, where appropriate' })
  @OptionalNested(() => OtherAgencyDto)
  otherAgency?: OtherAgencyDto;
}

export class PartyDto {
  @ApiProperty({ enum: ['complainant', 'respondent'] })
  @IsIn(['complainant', 'respondent'])
  party!: 'complainant' | 'respondent';
}

export class RepresentativeDto extends PartyDto {
  @ApiProperty()
  @IsString()
  @Length(1, 200)
  name!: string;

  @ApiProperty()
  @IsEmail()
  email!: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @Length(1, 300)
  organisation?: string;
}

export class WithdrawalDto {
  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @Length(1, 5000)
  reason?: string;
}

export class DocketDto {
  @ApiPropertyOptional({ description: "The case manager's note on opening the Case" })
  @IsOptional()
  @IsString()
  @Length(1, 5000)
  note?: string;
}

export class BreachClosureDto {
  @ApiProperty({ description: 'The material breach of the procedure by the Complainant, and why it warrants closing (VS-6.1)' })
  @IsString()
  @Length(1, 5000)
  reasons!: string;
}
