import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { CERTIFICATION_FRAMEWORKS, CHECKLIST_FINDINGS, type ChecklistFinding, PROGRAMME_IDS } from '@pdr/procedures';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsIn, IsInt, IsOptional, IsString, Length, Max, Min } from 'class-validator';
import { PagingDto } from '../http/paging.dto';
import { IsCalendarDate } from '../http/validators/is-calendar-date';
import { IsInstant } from '../http/validators/is-instant';
import { NestedList } from '../http/validators/nested';

/** CASRO-1: the business applies to a programme with enrolment steps. */
export class ApplyForEnrolmentDto {
  @ApiProperty({ enum: PROGRAMME_IDS, example: 'casro-safe-harbor' })
  @IsIn(PROGRAMME_IDS)
  programmeId!: string;

  @ApiPropertyOptional({ description: 'When the application was completed (ISO 8601, not in the future); default now' })
  @IsOptional()
  @IsInstant()
  appliedAt?: string;
}

export class ChecklistFindingDto {
  @ApiProperty({ example: 'principle-notice', description: "An item of the programme's privacy-policy checklist" })
  @IsString()
  @Length(1, 100)
  itemId!: string;

  @ApiProperty({ enum: CHECKLIST_FINDINGS })
  @IsIn(CHECKLIST_FINDINGS)
  finding!: ChecklistFinding;

  @ApiProperty({ example: 'Section 2 of the policy gives notice of the purposes', description: 'What the reviewer found' })
  @IsString()
  @Length(1, 4000)
  note!: string;
}

/** CASRO-2: findings of the privacy-policy review, each with its note. */
export class RecordChecklistFindingsDto {
  @ApiProperty({ type: [ChecklistFindingDto] })
  @NestedList(() => ChecklistFindingDto, { min: 1, max: 50 })
  findings!: ChecklistFindingDto[];

  @ApiPropertyOptional({ description: 'When the review found it (ISO 8601); default now' })
  @IsOptional()
  @IsInstant()
  reviewedAt?: string;
}

/** CASRO-3: a signature or the draft privacy policy received. */
export class RecordEnrolmentDocumentDto {
  @ApiProperty({ example: 'participation-agreement', description: "A signature's id in the programme's data, or 'draft-policy'" })
  @IsString()
  @Length(1, 100)
  documentId!: string;

  @ApiPropertyOptional({ description: 'When it was received (ISO 8601); default now' })
  @IsOptional()
  @IsInstant()
  receivedAt?: string;
}

/** CASRO-3: the programme asks for more information. */
export class RequestEnrolmentInformationDto {
  @ApiProperty({ example: 'The address of the internal complaints contact' })
  @IsString()
  @Length(1, 4000)
  requested!: string;

  @ApiPropertyOptional({ description: 'When it was asked (ISO 8601); default now' })
  @IsOptional()
  @IsInstant()
  requestedAt?: string;
}

/** CASRO-3: the business's answer to a request. */
export class RecordEnrolmentInformationDto {
  @ApiProperty({ example: 'Policy section 9 now gives the address' })
  @IsString()
  @Length(1, 4000)
  note!: string;

  @ApiPropertyOptional({ description: 'When it was received (ISO 8601); default now' })
  @IsOptional()
  @IsInstant()
  receivedAt?: string;
}

/** CASRO-3: acceptance, notified by email. */
export class AcceptEnrolmentDto {
  @ApiPropertyOptional({ description: 'When the business was accepted and notified (ISO 8601); default now' })
  @IsOptional()
  @IsInstant()
  acceptedAt?: string;
}

/** CASRO-4: a self-certification with the Department of Commerce, each framework recorded on its own. */
export class RecordSelfCertificationDto {
  @ApiProperty({ type: [String], enum: CERTIFICATION_FRAMEWORKS, example: ['us-eu-safe-harbor'] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(CERTIFICATION_FRAMEWORKS.length)
  @IsIn(CERTIFICATION_FRAMEWORKS, { each: true })
  frameworks!: string[];

  @ApiProperty({ example: 'CASRO Safe Harbor Program', description: 'The independent recourse mechanism named in the self-certification' })
  @IsString()
  @Length(1, 300)
  recourseMechanism!: string;

  @ApiPropertyOptional({ description: 'When the business self-certified (ISO 8601); default now' })
  @IsOptional()
  @IsInstant()
  certifiedAt?: string;

  @ApiPropertyOptional({ example: '2027-07-15', description: "The renewal due date the Department recorded; default: the programme's validity after certification" })
  @IsOptional()
  @IsCalendarDate()
  renewalDueOn?: string;
}

/** CASRO-4: a renewal of one framework's certification. */
export class RecordCertificationRenewalDto {
  @ApiProperty({ enum: CERTIFICATION_FRAMEWORKS, example: 'us-eu-safe-harbor' })
  @IsIn(CERTIFICATION_FRAMEWORKS)
  framework!: string;

  @ApiPropertyOptional({ description: 'When it was renewed (ISO 8601); default now' })
  @IsOptional()
  @IsInstant()
  renewedAt?: string;

  @ApiPropertyOptional({ example: '2028-07-15' })
  @IsOptional()
  @IsCalendarDate()
  renewalDueOn?: string;
}

/** CASRO-4: which self-certifications are due soon. */
export class CertificationsDueDto extends PagingDto {
  @ApiPropertyOptional({ minimum: 0, maximum: 366, default: 30, description: 'Due within this many days from now (lapsed ones are always listed)' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(366)
  withinDays?: number;
}
