import { ApiProperty } from '@nestjs/swagger';
import { NOTED_MATTERS, type NotedMatter } from '@pdr/procedures';

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
  @ApiProperty({ enum: NOTED_MATTERS, description: 'What was noted (respondent-absent: the Participant absent from a Mediation Teleconference, VS-7.4 (ii))' }) matter!: NotedMatter;
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

// VS-14.1's Annual Procedure Report (ProcedureReport of the read side): aggregate and anonymous only (VS-14.2).

export class ReportAnonymityDto {
  @ApiProperty({ description: 'The rule this section answers, from the rulebook\'s report rules' }) rule!: string;
  @ApiProperty() statement!: string;
}

export class OutcomeTypeCountDto {
  @ApiProperty({ description: "The outcome's name in the rulebook's catalogue" }) outcome!: string;
  @ApiProperty() reason!: string;
  @ApiProperty() rule!: string;
  @ApiProperty({ description: "The catalogue's exact label" }) label!: string;
  @ApiProperty({ description: 'Complaints closed with it in the year, its variants included' }) count!: number;
}

export class OutcomeTypesDto {
  @ApiProperty({ description: 'The rule this section answers, from the rulebook\'s report rules' }) rule!: string;
  @ApiProperty({ example: '(a)' }) item!: string;
  @ApiProperty() total!: number;
  @ApiProperty({ type: [OutcomeTypeCountDto] }) outcomes!: OutcomeTypeCountDto[];
}

export class FrameworkCountDto {
  @ApiProperty() framework!: string;
  @ApiProperty() title!: string;
  @ApiProperty() count!: number;
}

export class PermittedOutcomeCountDto {
  @ApiProperty({ description: 'A VS-4.1 Permitted Outcome, or outside-permitted-outcomes' }) outcome!: string;
  @ApiProperty() description!: string;
  @ApiProperty() count!: number;
}

export class PermittedOutcomesSoughtDto {
  @ApiProperty({ description: 'The rule this section answers, from the rulebook\'s report rules' }) rule!: string;
  @ApiProperty({ type: [PermittedOutcomeCountDto] }) outcomes!: PermittedOutcomeCountDto[];
}

export class SubmissionKindCountDto {
  @ApiProperty() kind!: string;
  @ApiProperty() description!: string;
  @ApiProperty() count!: number;
}

export class ResponsesByKindDto {
  @ApiProperty({ example: 'response-to-complaint' }) slot!: string;
  @ApiProperty({ description: 'The rule this section answers, from the rulebook\'s report rules' }) rule!: string;
  @ApiProperty({ type: [SubmissionKindCountDto] }) kinds!: SubmissionKindCountDto[];
}

export class NatureOfComplaintsDto {
  @ApiProperty({ description: 'The rule this section answers, from the rulebook\'s report rules' }) rule!: string;
  @ApiProperty({ example: '(b)' }) item!: string;
  @ApiProperty() total!: number;
  @ApiProperty({ type: [FrameworkCountDto] }) byFramework!: FrameworkCountDto[];
  @ApiProperty({ type: PermittedOutcomesSoughtDto }) byPermittedOutcomeSought!: PermittedOutcomesSoughtDto;
  @ApiProperty({ type: [ResponsesByKindDto] }) responsesByKind!: ResponsesByKindDto[];
}

export class ComplaintsFiledDto {
  @ApiProperty({ description: 'The rule this section answers, from the rulebook\'s report rules' }) rule!: string;
  @ApiProperty({ example: '(c)' }) item!: string;
  @ApiProperty() count!: number;
}

export class SettlementsOrOrdersDto {
  @ApiProperty() total!: number;
  @ApiProperty({ type: [PermittedOutcomeCountDto] }) byPermittedOutcome!: PermittedOutcomeCountDto[];
  @ApiProperty({ type: [FrameworkCountDto] }) byFramework!: FrameworkCountDto[];
}

export class SettlementsAndReparationOrdersDto {
  @ApiProperty({ description: 'The rule this section answers, from the rulebook\'s report rules' }) rule!: string;
  @ApiProperty({ example: '(c)(i)' }) item!: string;
  @ApiProperty({ type: SettlementsOrOrdersDto, description: 'VS-7.4 (iii) Settlements reached in the year, by the nature of the complaint settled' }) settlements!: SettlementsOrOrdersDto;
  @ApiProperty({ type: SettlementsOrOrdersDto, description: 'VS-8.4c and VS-9.4 Reparation Orders issued in the year, by the Permitted Outcomes they require' }) reparationOrders!: SettlementsOrOrdersDto;
}

export class IneligibilityReasonCountDto {
  @ApiProperty({ description: 'The eligibility condition found unmet, or information-not-received (VS-5.4)' }) reason!: string;
  @ApiProperty() rule!: string;
  @ApiProperty() description!: string;
  @ApiProperty() count!: number;
}

export class IneligibleComplaintsDto {
  @ApiProperty({ description: 'The rule this section answers, from the rulebook\'s report rules' }) rule!: string;
  @ApiProperty({ example: '(c)(ii)' }) item!: string;
  @ApiProperty() total!: number;
  @ApiProperty({ type: [IneligibilityReasonCountDto] }) reasons!: IneligibilityReasonCountDto[];
}

export class ReferralSummaryItemDto {
  @ApiProperty({ description: 'The Participant, named (VS-14.1 (c)(iii))' }) participant!: string;
  @ApiProperty() agency!: string;
  @ApiProperty() summary!: string;
  @ApiProperty() nature!: string;
  @ApiProperty() outcome!: string;
  @ApiProperty({ format: 'date' }) referredOn!: string;
}

export class ReferralSummariesDto {
  @ApiProperty({ description: 'The rule this section answers, from the rulebook\'s report rules' }) rule!: string;
  @ApiProperty({ example: '(c)(iii)' }) item!: string;
  @ApiProperty({ type: [ReferralSummaryItemDto] }) items!: ReferralSummaryItemDto[];
}

export class TimeToCloseDto {
  @ApiProperty({ description: 'The rule this section answers, from the rulebook\'s report rules' }) rule!: string;
  @ApiProperty({ example: '(d)' }) item!: string;
  @ApiProperty({ enum: ['calendar-days'], description: 'Calendar days from the New York date received to the New York date closed' }) unit!: 'calendar-days';
  @ApiProperty() closed!: number;
  @ApiProperty({ type: Number, nullable: true }) minimum!: number | null;
  @ApiProperty({ type: Number, nullable: true }) maximum!: number | null;
  @ApiProperty({ type: Number, nullable: true, description: 'Rounded to one decimal' }) average!: number | null;
}

export class ProcedureReportDto {
  @ApiProperty() rulebookId!: string;
  @ApiProperty({ example: 2026 }) year!: number;
  @ApiProperty({ example: 'America/New_York' }) timeZone!: string;
  @ApiProperty({ type: ReportAnonymityDto }) anonymity!: ReportAnonymityDto;
  @ApiProperty({ type: OutcomeTypesDto }) outcomeTypes!: OutcomeTypesDto;
  @ApiProperty({ type: NatureOfComplaintsDto }) natureOfComplaints!: NatureOfComplaintsDto;
  @ApiProperty({ type: ComplaintsFiledDto }) complaintsFiled!: ComplaintsFiledDto;
  @ApiProperty({ type: SettlementsAndReparationOrdersDto }) settlementsAndReparationOrders!: SettlementsAndReparationOrdersDto;
  @ApiProperty({ type: IneligibleComplaintsDto }) ineligibleComplaints!: IneligibleComplaintsDto;
  @ApiProperty({ type: ReferralSummariesDto }) referralSummaries!: ReferralSummariesDto;
  @ApiProperty({ type: TimeToCloseDto }) timeToClose!: TimeToCloseDto;
  @ApiProperty({ type: NotedSectionDto }) noted!: NotedSectionDto;
}
