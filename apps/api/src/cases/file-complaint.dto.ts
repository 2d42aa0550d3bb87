import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { CHANNELS, type Channel, PROGRAMME_IDS, RULEBOOK_IDS } from '@pdr/procedures';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsBoolean, IsIn, IsInt, IsOptional, IsString, IsUUID, Length, Max, Min, ValidateIf } from 'class-validator';
import { IsCalendarDate } from '../http/validators/is-calendar-date';
import { ComplainantDto, RespondentDto } from '../http/party.dto';
import { IsInstant } from '../http/validators/is-instant';
import { OptionalNested, RequiredNested } from '../http/validators/nested';

/** VS-5.1: a person's date of birth or age at filing. */
export class AgeAtFilingDto {
  @ApiPropertyOptional({ description: 'Date of birth (YYYY-MM-DD); the age at filing is computed from it', example: '1990-04-17' })
  @IsOptional()
  @IsCalendarDate()
  dateOfBirth?: string;

  @ApiPropertyOptional({ description: 'Age at filing, when no date of birth is given', example: 35 })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(149)
  age?: number;
}

/** VS-5.2: whether the Complaint was filed before, and on what basis it is filed again. */
export class FilingHistoryDto {
  @ApiProperty({ description: 'Whether this Complaint was filed before' })
  @IsBoolean()
  filedBefore!: boolean;

  @ApiPropertyOptional({ enum: ['settlement-noncompliance', 'after-direct-attempt'], description: 'A re-filing: it alleges failure to comply with a previous Settlement Agreement, or follows the direct attempt VS-5.3 asked for' })
  @IsOptional()
  @IsIn(['settlement-noncompliance', 'after-direct-attempt'])
  basis?: 'settlement-noncompliance' | 'after-direct-attempt';
}

/**
 * A complaint. Filing is free (VS-3.2): nothing here asks for a fee or payment. The elements after `outcomesSought`
 * are optional in the request; a rulebook that requires them (VS-3.1 (a)–(i)) refuses a complaint without one (422).
 */
export class FileComplaintDto {
  @ApiPropertyOptional({ enum: RULEBOOK_IDS, description: "The procedure the complaint falls under; required unless `programmeId` is given (then it is the programme's, and must match if given)" })
  @ValidateIf((dto: FileComplaintDto) => dto.programmeId === undefined || dto.rulebookId !== undefined)
  @IsIn(RULEBOOK_IDS)
  rulebookId?: string;

  @ApiPropertyOptional({ enum: PROGRAMME_IDS, description: "The programme the Respondent participates in (issue 12); omitted, the rulebook's own programme" })
  @IsOptional()
  @IsIn(PROGRAMME_IDS)
  programmeId?: string;

  @ApiPropertyOptional({ description: "CASRO-5: the complaint concerns the Respondent's transfer of its own human-resources data (the Complainant's, as its employee)" })
  @IsOptional()
  @IsBoolean()
  ownHumanResourcesData?: boolean;

  @ApiPropertyOptional({ description: 'Framework the complaint is brought under (required by VS-1.1; implied under the BBB rules)', example: 'eu-us-privacy-shield' })
  @IsOptional()
  @IsString()
  @Length(1, 100)
  framework?: string;

  @ApiProperty({ description: 'When the complaint was received (ISO 8601 instant)', example: '2026-03-02T09:00:00Z' })
  @IsInstant()
  receivedAt!: string;

  @ApiProperty({ enum: CHANNELS })
  @IsIn(CHANNELS)
  channel!: Channel;

  @ApiPropertyOptional({ description: 'The recorded contact this complaint grew from' })
  @IsOptional()
  @IsUUID()
  contactId?: string;

  @ApiProperty({ type: ComplainantDto })
  @RequiredNested(() => ComplainantDto)
  complainant!: ComplainantDto;

  @ApiProperty({ type: RespondentDto })
  @RequiredNested(() => RespondentDto)
  respondent!: RespondentDto;

  @ApiProperty({ description: 'What the Respondent is alleged to have done', example: 'Kept processing my data after I objected' })
  @IsString()
  @Length(1, 20000)
  allegation!: string;

  @ApiProperty({ type: [String], description: 'The outcomes or remedies the Complainant seeks', example: ['suppress my personal data'] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @Length(1, 2000, { each: true })
  outcomesSought!: string[];

  @ApiPropertyOptional({ type: [String], description: 'VS-3.1(c), VS-4.1: for each outcome sought, in order, the Permitted Outcome it asks for', example: ['delete-personal-data'] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @Length(1, 100, { each: true })
  outcomeKinds?: string[];

  @ApiPropertyOptional({ description: 'VS-3.1(d): the fullest account of the facts' })
  @IsOptional()
  @IsString()
  @Length(1, 20000)
  facts?: string;

  @ApiPropertyOptional({ description: 'VS-3.1(e): any harm or damages alleged, with details' })
  @IsOptional()
  @IsString()
  @Length(1, 5000)
  harm?: string;

  @ApiPropertyOptional({ description: 'VS-3.1(g): the Complainant consents to sharing the Complaint with the Participant' })
  @IsOptional()
  @IsBoolean()
  consentToShare?: boolean;

  @ApiPropertyOptional({ type: [String], description: 'VS-3.1(h): the documentation available, described (an empty list: none is available)' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @Length(1, 2000, { each: true })
  documentation?: string[];

  @ApiPropertyOptional({ description: 'VS-3.1(i): the Complainant declares under penalty of perjury that the information is true' })
  @IsOptional()
  @IsBoolean()
  perjuryDeclaration?: boolean;

  @ApiPropertyOptional({ type: AgeAtFilingDto, description: "VS-5.1: the Complainant's date of birth or age at filing" })
  @OptionalNested(() => AgeAtFilingDto)
  complainantAge?: AgeAtFilingDto;

  @ApiPropertyOptional({ type: AgeAtFilingDto, description: 'VS-5.1: the date of birth or age at filing of the data subject a parent or legal guardian files for' })
  @OptionalNested(() => AgeAtFilingDto)
  dataSubjectAge?: AgeAtFilingDto;

  @ApiPropertyOptional({ type: FilingHistoryDto, description: 'VS-5.2: whether the Complaint was filed before' })
  @OptionalNested(() => FilingHistoryDto)
  filingHistory?: FilingHistoryDto;
}
