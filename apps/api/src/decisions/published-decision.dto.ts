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

export class PublishedRequiredOutcomeDto {
  @ApiProperty({ example: 'delete-personal-data', description: 'A Permitted Outcome (VS-4.1) the Reparation Order requires' }) kind!: string;
  @ApiProperty({ description: "The Permitted Outcome as the rulebook words it" }) description!: string;
  @ApiProperty({ description: 'What the Participant is to do' }) terms!: string;
}

/** VS-15: a Hearing Decision (VS-8.4(c)) or an Appellate Hearing Decision (VS-9.4), as published; never the officer nor the Complainant. */
export class PublishedHearingDecisionDto {
  @ApiProperty({ example: 'the Hearing Decision' }) name!: string;
  @ApiProperty({ description: 'The rule the decision was issued under' }) rule!: string;
  @ApiProperty({ format: 'date-time' }) issuedAt!: string;
  @ApiProperty({ description: 'The standard of evidence applied' }) standard!: string;
  @ApiProperty({ description: 'Whether the allegation was substantiated to the standard' }) substantiated!: boolean;
  @ApiProperty({ description: 'Whether the conduct violates the Framework(s)' }) violatesFramework!: boolean;
  @ApiProperty({ description: "The officer's findings" }) findings!: string;
  @ApiProperty({ enum: ['reparation-order', 'no-action-taken'] }) outcome!: 'reparation-order' | 'no-action-taken';
  @ApiPropertyOptional({ type: [PublishedRequiredOutcomeDto], description: 'The Reparation Order: present with outcome reparation-order' }) reparationOrder?: PublishedRequiredOutcomeDto[];
}

export class PublishedDecisionEntryDto {
  @ApiProperty({ format: 'uuid' }) caseId!: string;
  @ApiProperty({ example: 'BBB-4.6.4', description: 'The rule that makes the Decision public (for a Hearing Decision, the rule it was issued under)' }) rule!: string;
  @ApiProperty({ example: 'BBB-7.3', description: 'The rule it is published under' }) publicationRule!: string;
  @ApiProperty({ format: 'date-time' }) publishedAt!: string;
}

export class PublishedDecisionDto extends PublishedDecisionEntryDto {
  @ApiProperty({ type: String, nullable: true, example: 'Acme Analytics Inc.', description: "The Respondent's legal name in the registry" }) respondent!: string | null;
  @ApiPropertyOptional({ type: PublishedDecisionTextDto, description: "The Panelist's Decision (BBB-4.6.4); absent for a case decided in Hearing Decisions" }) decision?: PublishedDecisionTextDto;
  @ApiPropertyOptional({ type: [PublishedHearingDecisionDto], description: 'VS-15: every Hearing Decision of the case, in order (a hearing\'s, then an appellate hearing\'s)' })
  hearingDecisions?: PublishedHearingDecisionDto[];
}
