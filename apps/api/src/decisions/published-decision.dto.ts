import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

export class PublishedRemedyDto {
  @ApiProperty({ example: 'suppress-personal-data' }) kind!: string;
  @ApiPropertyOptional() details?: string;
}

export class PublishedCorrectiveActionDto {
  @ApiProperty({ example: 'Delete the profile and correct the retention policy' }) description!: string;
  @ApiProperty({ type: [PublishedRemedyDto] }) remedies!: PublishedRemedyDto[];
  @ApiProperty({ format: 'date-time', description: 'By when the corrective action was to be performed' }) performBy!: string;
}

export class PublishedDecisionTextDto {
  @ApiProperty({ format: 'date-time' }) issuedAt!: string;
  @ApiProperty({ description: "The Panelist's findings (BBB-4.6.1)" }) findings!: string;
  @ApiProperty() correctiveActionNecessary!: boolean;
  @ApiPropertyOptional({ type: PublishedCorrectiveActionDto }) correctiveAction?: PublishedCorrectiveActionDto;
  @ApiPropertyOptional({ format: 'date-time', description: 'When the corrective action was amended (BBB-4.6.3)' }) amendedAt?: string;
}

export class PublishedDecisionEntryDto {
  @ApiProperty({ format: 'uuid' }) caseId!: string;
  @ApiProperty({ example: 'BBB-4.6.4', description: 'The rule that makes the Decision public' }) rule!: string;
  @ApiProperty({ example: 'BBB-7.3', description: 'The rule it is published under' }) publicationRule!: string;
  @ApiProperty({ format: 'date-time' }) publishedAt!: string;
}

export class PublishedDecisionDto extends PublishedDecisionEntryDto {
  @ApiProperty({ type: String, nullable: true, example: 'Acme Analytics Inc.', description: "The Respondent's legal name in the registry" }) respondent!: string | null;
  @ApiProperty({ type: PublishedDecisionTextDto }) decision!: PublishedDecisionTextDto;
}
