import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { mapOf } from '../http/map-of';

// The case list's row and the head of the case detail: CaseSummary of the read side (case-list.projection.ts).

const SIDES = ['complainant', 'respondent'] as const;

export class RulebookRefDto {
  @ApiProperty({ example: 'bbb-eu-safe-harbor' })
  id!: string;

  @ApiProperty({ example: '2024-01' })
  version!: string;
}

export class CaseComplainantDto {
  @ApiProperty() name!: string;
  @ApiProperty({ example: 'FR' }) country!: string;
  @ApiProperty({ example: 'data-subject' }) filingAs!: string;
}

export class CaseRespondentDto {
  @ApiProperty() name!: string;
  @ApiPropertyOptional({ format: 'uuid', description: 'Once matched to the registry (BBB-2.3)' }) businessId?: string;
}

/** A notice sent (BBB-8.7), with its delivery once recorded. */
export class CaseNoticeDto {
  @ApiProperty() kind!: string;
  @ApiProperty() rule!: string;
  @ApiProperty() recipient!: string;
  @ApiProperty() channel!: string;
  @ApiProperty({ format: 'date-time' }) sentAt!: string;
  @ApiPropertyOptional({ format: 'date-time' }) deliveredAt?: string;
}

export class CaseDeadlineDto {
  @ApiProperty() kind!: string;
  @ApiProperty() rule!: string;
  @ApiProperty({ format: 'date' }) dueOn!: string;
  @ApiProperty({ format: 'date-time' }) dueAt!: string;
}

export class CaseClosureDto {
  @ApiProperty() reason!: string;
  @ApiProperty() rule!: string;
  @ApiProperty() label!: string;
  @ApiProperty({ format: 'date-time' }) closedAt!: string;
}

export class EligibilityFindingViewDto {
  @ApiProperty() met!: boolean;
  @ApiProperty() rule!: string;
  @ApiProperty() note!: string;
}

export class OtherAgencyDto {
  @ApiProperty() name!: string;
  @ApiProperty() address!: string;
}

export class IneligibilityViewDto {
  @ApiProperty() condition!: string;
  @ApiProperty() rule!: string;
  @ApiProperty() reason!: string;
  @ApiPropertyOptional({ type: OtherAgencyDto }) otherAgency?: OtherAgencyDto;
}

/** When each Party acknowledged (BBB-8.1). */
export class AcknowledgementsDto {
  @ApiPropertyOptional({ format: 'date-time' }) complainant?: string;
  @ApiPropertyOptional({ format: 'date-time' }) respondent?: string;
}

export class RepresentativeViewDto {
  @ApiProperty() name!: string;
  @ApiProperty() email!: string;
  @ApiPropertyOptional() organisation?: string;
}

export class RepresentativesDto {
  @ApiPropertyOptional({ type: RepresentativeViewDto }) complainant?: RepresentativeViewDto;
  @ApiPropertyOptional({ type: RepresentativeViewDto }) respondent?: RepresentativeViewDto;
}

export class CorrectiveActionViewDto {
  @ApiProperty() description!: string;
  @ApiProperty({ format: 'date' }) performBy!: string;
}

export class SettlementViewDto {
  @ApiProperty({ enum: ['awaiting-letter', 'effective', 'awaiting-certification', 'certified', 'verified', 'not-certified'] })
  status!: 'awaiting-letter' | 'effective' | 'awaiting-certification' | 'certified' | 'verified' | 'not-certified';

  @ApiProperty() terms!: string;
  @ApiPropertyOptional({ type: CorrectiveActionViewDto }) correctiveAction?: CorrectiveActionViewDto;
  @ApiProperty({ format: 'date-time' }) reachedAt!: string;
  @ApiPropertyOptional({ format: 'date-time' }) letterCirculatedAt?: string;
  @ApiPropertyOptional({ format: 'date-time' }) certifiedAt?: string;
  @ApiPropertyOptional({ format: 'date-time' }) substantiationRequestedAt?: string;
  @ApiPropertyOptional({ format: 'date-time' }) verifiedAt?: string;
}

export class PanelistObjectionViewDto {
  @ApiProperty() objectionId!: string;
  @ApiProperty({ enum: SIDES }) raisedBy!: string;
  @ApiProperty() ground!: string;
  @ApiProperty({ enum: ['pending', 'rejected'] }) status!: 'pending' | 'rejected';
}

/** The Panelist appointed (BBB-4.5) and the seed of the draw (BBB-4.2). */
export class AppointedPanelistDto {
  @ApiProperty({ format: 'uuid' }) panelistId!: string;
  @ApiPropertyOptional({ description: 'Absent for a decision-maker designated without a draw (VS-8.1)' }) seed?: string;
  @ApiProperty({ format: 'date-time' }) appointedAt!: string;
  @ApiPropertyOptional({ format: 'uuid', description: 'The Panelist this one replaced' }) replaces?: string;
  @ApiPropertyOptional({ type: PanelistObjectionViewDto }) objection?: PanelistObjectionViewDto;
}

export class ImpossibilityViewDto {
  @ApiProperty() party!: string;
  @ApiProperty({ enum: ['claimed', 'evidence-sought', 'rejected', 'confirmed'] }) status!: 'claimed' | 'evidence-sought' | 'rejected' | 'confirmed';
}

export class DecisionViewDto {
  @ApiProperty({ enum: ['awaiting-statement', 'notice-of-intent', 'intent-stated', 'certified', 'verified', 'not-certified', 'no-intent'] })
  status!: 'awaiting-statement' | 'notice-of-intent' | 'intent-stated' | 'certified' | 'verified' | 'not-certified' | 'no-intent';

  @ApiProperty({ format: 'uuid' }) panelistId!: string;
  @ApiProperty() correctiveActionNecessary!: boolean;
  @ApiPropertyOptional({ type: CorrectiveActionViewDto }) correctiveAction?: CorrectiveActionViewDto;
  @ApiProperty({ format: 'date-time' }) issuedAt!: string;
  @ApiPropertyOptional() targetMissed?: boolean;
  @ApiPropertyOptional({ format: 'date-time' }) intentStatedAt?: string;
  @ApiPropertyOptional({ type: ImpossibilityViewDto }) impossibility?: ImpossibilityViewDto;
  @ApiPropertyOptional() amendments?: number;
  @ApiPropertyOptional() flaggedForPublication?: boolean;
  @ApiPropertyOptional({ format: 'date-time' }) certifiedAt?: string;
  @ApiPropertyOptional({ format: 'date-time' }) verifiedAt?: string;
}

export class RequiredOutcomeViewDto {
  @ApiProperty({ description: 'A Permitted Outcome (VS-4.1) the Reparation Order requires', example: 'delete-personal-data' }) kind!: string;
  @ApiProperty() description!: string;
  @ApiProperty() terms!: string;
}

/** VS-8.4(c), VS-9.4: the latest Hearing Decision on the case. */
export class HearingDecisionViewDto {
  @ApiProperty({ example: 'the Hearing Decision' }) name!: string;
  @ApiProperty() rule!: string;
  @ApiProperty({ format: 'uuid' }) officerId!: string;
  @ApiProperty({ enum: ['reparation-order', 'no-action-taken'] }) outcome!: 'reparation-order' | 'no-action-taken';
  @ApiPropertyOptional({ type: [RequiredOutcomeViewDto] }) reparationOrder?: RequiredOutcomeViewDto[];
  @ApiProperty({ format: 'date-time' }) issuedAt!: string;
}

/** Map values are not discovered through the maps: the controllers answering a case list them as extra models. */
export const CASE_MAP_VALUES = [CaseNoticeDto, CaseDeadlineDto, EligibilityFindingViewDto];

export class CaseSummaryDto {
  @ApiProperty({ format: 'uuid' }) caseId!: string;
  @ApiProperty({ type: RulebookRefDto }) rulebook!: RulebookRefDto;
  @ApiProperty() framework!: string;
  @ApiProperty({ example: 'eligibility-review' }) stage!: string;
  @ApiProperty({ enum: ['open', 'closed'] }) status!: 'open' | 'closed';
  @ApiProperty({ type: CaseComplainantDto }) complainant!: CaseComplainantDto;
  @ApiProperty({ type: CaseRespondentDto }) respondent!: CaseRespondentDto;
  @ApiProperty() channel!: string;
  @ApiPropertyOptional({ format: 'uuid' }) contactId?: string;
  @ApiProperty({ format: 'date-time' }) receivedAt!: string;
  @ApiProperty({ format: 'date-time' }) filedAt!: string;
  @ApiProperty() identityVerified!: boolean;

  @ApiPropertyOptional({ ...mapOf(CaseNoticeDto), description: 'Notices sent, by notice id (BBB-8.7)' })
  notices?: Record<string, CaseNoticeDto>;

  @ApiProperty({ ...mapOf(CaseDeadlineDto), description: 'Running deadlines, by deadline id' })
  deadlines!: Record<string, CaseDeadlineDto>;

  @ApiPropertyOptional({ type: CaseClosureDto }) closure?: CaseClosureDto;

  @ApiPropertyOptional({ ...mapOf(EligibilityFindingViewDto), description: 'Eligibility findings, by condition' })
  eligibility?: Record<string, EligibilityFindingViewDto>;

  @ApiPropertyOptional({ type: IneligibilityViewDto }) ineligibility?: IneligibilityViewDto;
  @ApiPropertyOptional({ format: 'date-time' }) docketedAt?: string;
  @ApiPropertyOptional({ type: AcknowledgementsDto }) acknowledgements?: AcknowledgementsDto;
  @ApiPropertyOptional({ type: RepresentativesDto }) representatives?: RepresentativesDto;
  @ApiPropertyOptional({ type: SettlementViewDto }) settlement?: SettlementViewDto;
  @ApiPropertyOptional({ type: AppointedPanelistDto, description: 'Absent while no Panelist is appointed' }) panelist?: AppointedPanelistDto;
  @ApiPropertyOptional({ type: DecisionViewDto }) decision?: DecisionViewDto;
  @ApiPropertyOptional({ type: HearingDecisionViewDto, description: 'VS-8.4(c), VS-9.4: the latest Hearing Decision (an Appellate Hearing Decision after an appeal)' }) hearingDecision?: HearingDecisionViewDto;
  @ApiProperty({ description: 'The stream revision the row reflects: send it back as If-Match' }) revision!: number;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;
  @ApiProperty() lastEventType!: string;
}
