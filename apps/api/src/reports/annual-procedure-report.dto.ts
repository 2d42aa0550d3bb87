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
  @ApiProperty({ description: "The rule this section answers, from the rulebook's report rules (`statistics`; BBB: BBB-7.1)" }) rule!: string;
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
  @ApiProperty({ description: "The rule this section answers, from the rulebook's report rules (`ineligibleByReason`; BBB: BBB-7.2)" }) rule!: string;
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
  @ApiProperty({ description: "The rule this section answers, from the rulebook's report rules (`referrals`; BBB: BBB-7.3)" }) rule!: string;
  @ApiProperty({ type: [ReferralSummaryDto] }) items!: ReferralSummaryDto[];
}

export class PublishedDecisionDto {
  @ApiProperty({ format: 'uuid' }) caseId!: string;
  @ApiProperty({ format: 'date' }) flaggedOn!: string;
}

/** BBB-4.6.4: Decisions made public after a refusal to state an intent to comply. */
export class PublishedDecisionsDto {
  @ApiProperty({ description: "The rule this section answers, from the rulebook's report rules (`decisionsPublished`; BBB: BBB-4.6.4)" }) rule!: string;
  @ApiProperty({ type: [PublishedDecisionDto] }) items!: PublishedDecisionDto[];
}

/** BBB-4.4.1: Respondent defaults on the Rebuttal. */
export class DefaultsNotedDto {
  @ApiProperty({ description: "The rule this section answers, from the rulebook's report rules (`defaultsNoted`; BBB: BBB-4.4.1)" }) rule!: string;
  @ApiProperty() count!: number;
}

export class NotedMatterDto {
  @ApiProperty({ enum: ['respondent-default', 'refused-corrective-action', 'noncompliance'], description: 'What was noted' }) matter!: 'respondent-default' | 'refused-corrective-action' | 'noncompliance';
  @ApiProperty({ description: "The rule that sends this matter to the report, from the rulebook's data (`noted.matters`; BBB: BBB-4.4.1, BBB-4.6.4, BBB-5)" }) rule!: string;
  @ApiProperty() count!: number;
}

/** What the rules say shall be noted in the next report, by matter: counts only, naming no Party (BBB-7.1). */
export class NotedSectionDto {
  @ApiProperty({ description: "The report's rule the matters are noted in, from the rulebook's report rules (`noted.reportRule`; BBB: BBB-7.1)" }) rule!: string;
  @ApiProperty() total!: number;
  @ApiProperty({ type: [NotedMatterDto], description: 'Every matter the rulebook notes for its report, with its count (BBB: defaults, refusals of corrective action, findings of noncompliance)' }) matters!: NotedMatterDto[];
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
  @ApiProperty({ type: NotedSectionDto }) noted!: NotedSectionDto;
}
