import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { LAPSE_REASONS, type LapseReason } from '@pdr/procedures';
import { CommandAcceptedDto } from '../http/command-response.dto';

export class RenewalDto {
  @ApiProperty({ format: 'date-time' }) at!: string;
  @ApiProperty({ type: [String] }) frameworks!: string[];
}

/** One period of participation in a program (CASRO-4). */
export class ParticipationPeriodDto {
  @ApiProperty() program!: string;
  @ApiProperty({ format: 'date-time' }) from!: string;
  @ApiPropertyOptional({ format: 'date-time', description: 'Absent while the period runs' }) until?: string;
  @ApiProperty({ type: [String] }) frameworks!: string[];
  @ApiPropertyOptional({ enum: LAPSE_REASONS }) lapseReason?: LapseReason;
  @ApiProperty({ type: [RenewalDto] }) renewals!: RenewalDto[];
}

export class ChecklistEntryDto {
  @ApiProperty({ enum: ['met', 'not-met'] }) finding!: string;
  @ApiProperty({ format: 'date-time' }) reviewedAt!: string;
}

export class InformationRequestDto {
  @ApiProperty({ format: 'date-time' }) requestedAt!: string;
  @ApiPropertyOptional({ format: 'date-time' }) receivedAt?: string;
}

/** An enrolment in a programme (CASRO-1 to CASRO-3) and where it stands. */
export class EnrolmentDto {
  @ApiProperty() programmeId!: string;
  @ApiProperty({ enum: ['under-review', 'awaiting-information', 'awaiting-self-certification', 'self-certification-overdue', 'participating', 'not-in-good-standing'] }) stage!: string;
  @ApiProperty({ enum: ['staff', 'business'] }) waitingOn!: string;
  @ApiProperty({ format: 'date-time' }) appliedAt!: string;
  @ApiPropertyOptional({ format: 'date-time' }) acceptedAt?: string;
  @ApiProperty({ type: 'object', additionalProperties: { type: 'object', properties: { finding: { type: 'string', enum: ['met', 'not-met'] }, reviewedAt: { type: 'string', format: 'date-time' } }, required: ['finding', 'reviewedAt'] }, description: 'CASRO-2: the latest finding per checklist item' }) checklist!: Record<string, ChecklistEntryDto>;
  @ApiProperty({ type: 'object', additionalProperties: { type: 'string', format: 'date-time' }, description: 'CASRO-3: documents received, by id' }) documents!: Record<string, string>;
  @ApiProperty({ type: 'object', additionalProperties: { type: 'object', properties: { requestedAt: { type: 'string', format: 'date-time' }, receivedAt: { type: 'string', format: 'date-time' } }, required: ['requestedAt'] } }) informationRequests!: Record<string, InformationRequestDto>;
  @ApiProperty() openRequests!: number;
}

export class CertificationRenewalDto {
  @ApiProperty({ format: 'date-time' }) at!: string;
  @ApiProperty({ format: 'date' }) dueOn!: string;
}

/** One period of good standing for one framework (CASRO-4: frameworks certified separately). */
export class CertificationPeriodDto {
  @ApiProperty() programmeId!: string;
  @ApiProperty() framework!: string;
  @ApiProperty({ format: 'date-time' }) from!: string;
  @ApiPropertyOptional({ format: 'date-time' }) until?: string;
  @ApiPropertyOptional({ enum: LAPSE_REASONS }) lapseReason?: LapseReason;
  @ApiProperty({ type: [CertificationRenewalDto] }) renewals!: CertificationRenewalDto[];
  @ApiProperty({ format: 'date' }) renewalDueOn!: string;
  @ApiProperty({ format: 'date-time' }) renewalDueAt!: string;
}

export class BusinessDeadlineDto {
  @ApiProperty() deadlineId!: string;
  @ApiProperty() programmeId!: string;
  @ApiPropertyOptional() framework?: string;
  @ApiProperty() kind!: string;
  @ApiProperty() rule!: string;
  @ApiProperty({ format: 'date' }) dueOn!: string;
  @ApiProperty({ format: 'date-time' }) dueAt!: string;
  @ApiPropertyOptional({ enum: ['pending', 'met', 'lapsed'] }) status?: string;
}

/** Good standing per programme and framework, as last recorded. */
export class FrameworkStandingDto {
  @ApiProperty() programmeId!: string;
  @ApiProperty() framework!: string;
  @ApiProperty() current!: boolean;
  @ApiPropertyOptional({ format: 'date-time' }) since?: string;
  @ApiPropertyOptional({ format: 'date-time' }) lapsedAt?: string;
  @ApiPropertyOptional({ format: 'date' }) renewalDueOn?: string;
  @ApiPropertyOptional({ format: 'date-time' }) renewalDueAt?: string;
}

/** CASRO-4: a self-certification due soon or lapsed. */
export class CertificationDueDto {
  @ApiProperty({ format: 'uuid' }) businessId!: string;
  @ApiProperty() legalName!: string;
  @ApiProperty() programmeId!: string;
  @ApiPropertyOptional() framework?: string;
  @ApiProperty({ enum: ['due', 'lapsed', 'self-certification-due', 'self-certification-overdue'] }) status!: string;
  @ApiProperty({ format: 'date' }) dueOn!: string;
  @ApiProperty({ format: 'date-time' }) dueAt!: string;
  @ApiPropertyOptional({ format: 'date-time' }) lapsedAt?: string;
}

/** A participating business of the registry (BBB-2.3), with every participation period. */
export class BusinessDto {
  @ApiProperty({ format: 'uuid' }) businessId!: string;
  @ApiProperty() legalName!: string;
  @ApiProperty({ type: [String] }) aliases!: string[];
  @ApiPropertyOptional() website?: string;
  @ApiProperty({ enum: ['US'] }) country!: 'US';
  @ApiProperty({ type: [String] }) programs!: string[];
  @ApiProperty({ type: [ParticipationPeriodDto], description: 'Oldest first per program' }) participation!: ParticipationPeriodDto[];
  @ApiProperty({ type: [EnrolmentDto], description: 'Enrolments in programmes with enrolment steps (CASRO-1 to 3), with their stage' }) enrolments!: EnrolmentDto[];
  @ApiProperty({ type: [CertificationPeriodDto], description: 'CASRO-4: self-certification periods, per framework' }) certifications!: CertificationPeriodDto[];
  @ApiProperty({ type: [BusinessDeadlineDto] }) deadlines!: BusinessDeadlineDto[];
  @ApiProperty({ type: [FrameworkStandingDto], description: 'Good standing per programme and framework' }) standing!: FrameworkStandingDto[];
  @ApiPropertyOptional({ type: BusinessDeadlineDto, description: 'The earliest pending deadline' }) nextDeadline?: BusinessDeadlineDto;
  @ApiProperty({ format: 'date-time' }) registeredAt!: string;
  @ApiProperty() revision!: number;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;
}

/** Whether participation in a program was current at an instant (BBB-2.3, CASRO-4). */
export class ParticipationStatusDto {
  @ApiProperty({ format: 'uuid' }) businessId!: string;
  @ApiProperty() program!: string;
  @ApiProperty({ format: 'date-time' }) at!: string;
  @ApiProperty() current!: boolean;
  @ApiPropertyOptional({ format: 'date-time', description: 'When current: start of the period' }) since?: string;
  @ApiPropertyOptional({ format: 'date-time', description: 'When not current: when the latest earlier period ended' }) lapsedAt?: string;
  @ApiPropertyOptional({ enum: LAPSE_REASONS }) lapseReason?: LapseReason;
  @ApiPropertyOptional({ type: [String], description: 'When current: the frameworks certified as of the instant' }) frameworks?: readonly string[];
}

export class BusinessRegisteredDto extends CommandAcceptedDto {
  @ApiProperty({ format: 'uuid' }) businessId!: string;
}
