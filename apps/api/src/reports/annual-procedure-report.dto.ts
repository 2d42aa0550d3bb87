import { ApiProperty } from '@nestjs/swagger';

// The Annual Procedure Report (AnnualProcedureReport of the read side, BBB-7.1 to BBB-7.3): aggregate figures only.

export class OutcomeSplitDto {
  @ApiProperty() total!: number;
  @ApiProperty() withCorrectiveAction!: number;
  @ApiProperty() withoutCorrectiveAction!: number;
}

export class ClosuresByReasonDto {
  @ApiProperty() reason!: string;
  @ApiProperty() label!: string;
  @ApiProperty() count!: number;
}

/** BBB-7.1: contacts and the actions taken on them, as counts only. */
export class ReportStatisticsDto {
  @ApiProperty({ enum: ['BBB-7.1'] }) rule!: 'BBB-7.1';
  @ApiProperty() contacts!: number;
  @ApiProperty() complaintsFiled!: number;
  @ApiProperty() docketed!: number;
  @ApiProperty() ineligible!: number;
  @ApiProperty({ type: OutcomeSplitDto }) settled!: OutcomeSplitDto;
  @ApiProperty({ type: OutcomeSplitDto }) decided!: OutcomeSplitDto;
  @ApiProperty() referred!: number;
  @ApiProperty() withdrawn!: number;
  @ApiProperty() closed!: number;
  @ApiProperty({ type: [ClosuresByReasonDto], description: 'BBB-6: closures by reason code' }) closedByReason!: ClosuresByReasonDto[];
}

export class IneligibleReasonDto {
  @ApiProperty() condition!: string;
  @ApiProperty() rule!: string;
  @ApiProperty() count!: number;
}

/** BBB-7.2: complaints found ineligible, by the failing condition. */
export class IneligibleByReasonDto {
  @ApiProperty({ enum: ['BBB-7.2'] }) rule!: 'BBB-7.2';
  @ApiProperty() total!: number;
  @ApiProperty({ type: [IneligibleReasonDto] }) reasons!: IneligibleReasonDto[];
}

export class ReferralSummaryDto {
  @ApiProperty({ description: 'The Respondent, named (BBB-7.3)' }) respondent!: string;
  @ApiProperty() agency!: string;
  @ApiProperty() nature!: string;
  @ApiProperty() actionTaken!: string;
  @ApiProperty({ format: 'date' }) referredOn!: string;
}

/** BBB-7.3 / BBB-8.8: each referral. */
export class ReferralsSectionDto {
  @ApiProperty({ enum: ['BBB-7.3'] }) rule!: 'BBB-7.3';
  @ApiProperty({ type: [ReferralSummaryDto] }) items!: ReferralSummaryDto[];
}

export class PublishedDecisionDto {
  @ApiProperty({ format: 'uuid' }) caseId!: string;
  @ApiProperty({ format: 'date' }) flaggedOn!: string;
}

/** BBB-4.6.4: Decisions made public after a refusal to state an intent to comply. */
export class PublishedDecisionsDto {
  @ApiProperty({ enum: ['BBB-4.6.4'] }) rule!: 'BBB-4.6.4';
  @ApiProperty({ type: [PublishedDecisionDto] }) items!: PublishedDecisionDto[];
}

/** BBB-4.4.1: Respondent defaults on the Rebuttal. */
export class DefaultsNotedDto {
  @ApiProperty({ enum: ['BBB-4.4.1'] }) rule!: 'BBB-4.4.1';
  @ApiProperty() count!: number;
}

export class AnnualProcedureReportDto {
  @ApiProperty() rulebookId!: string;
  @ApiProperty({ example: 2026 }) year!: number;
  @ApiProperty({ example: 'America/New_York' }) timeZone!: string;
  @ApiProperty({ type: ReportStatisticsDto }) statistics!: ReportStatisticsDto;
  @ApiProperty({ type: IneligibleByReasonDto }) ineligibleByReason!: IneligibleByReasonDto;
  @ApiProperty({ type: ReferralsSectionDto }) referrals!: ReferralsSectionDto;
  @ApiProperty({ type: PublishedDecisionsDto }) decisionsPublished!: PublishedDecisionsDto;
  @ApiProperty({ type: DefaultsNotedDto }) defaultsNoted!: DefaultsNotedDto;
}
