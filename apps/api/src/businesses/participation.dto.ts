import { ApiProperty } from '@nestjs/swagger';
import { CERTIFICATION_FRAMEWORKS, LAPSE_REASONS, type LapseReason, PROGRAMME_IDS } from '@pdr/procedures';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsIn } from 'class-validator';
import { IsInstant } from '../http/validators/is-instant';

class ProgramChangeDto {
  @ApiProperty({ enum: PROGRAMME_IDS, example: 'bbb-eu-safe-harbor' })
  @IsIn(PROGRAMME_IDS)
  program!: string;

  @ApiProperty({ example: '2025-01-15T00:00:00Z', description: 'When the change took effect (ISO 8601 instant, not in the future)' })
  @IsInstant()
  effectiveFrom!: string;
}

/** CASRO-4: self-certification with the Department of Commerce, to one framework or more. */
export class BeginParticipationDto extends ProgramChangeDto {
  @ApiProperty({ type: [String], enum: CERTIFICATION_FRAMEWORKS, example: ['us-eu-safe-harbor'] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(CERTIFICATION_FRAMEWORKS.length)
  @IsIn(CERTIFICATION_FRAMEWORKS, { each: true })
  frameworks!: string[];
}

/** CASRO-4: a renewal of a current certification (same shape as a beginning). */
export class RenewParticipationDto extends BeginParticipationDto {}

export class RecordLapseDto extends ProgramChangeDto {
  @ApiProperty({ enum: LAPSE_REASONS, description: 'Certification lapsed, participation withdrawn, or the business removed' })
  @IsIn(LAPSE_REASONS)
  reason!: LapseReason;
}
