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

/** A participating business of the registry (BBB-2.3), with every participation period. */
export class BusinessDto {
  @ApiProperty({ format: 'uuid' }) businessId!: string;
  @ApiProperty() legalName!: string;
  @ApiProperty({ type: [String] }) aliases!: string[];
  @ApiPropertyOptional() website?: string;
  @ApiProperty({ enum: ['US'] }) country!: 'US';
  @ApiProperty({ type: [String] }) programs!: string[];
  @ApiProperty({ type: [ParticipationPeriodDto], description: 'Oldest first per program' }) participation!: ParticipationPeriodDto[];
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
