import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, Length } from 'class-validator';
import { IsInstant } from '../../http/validators/is-instant';

const OUTCOMES = ['complainant-absent', 'participant-absent', 'settlement', 'no-settlement'] as const;

export class MediatorDto {
  @ApiProperty({ description: 'The mediator VeraSafe appoints (VS-7.4)', example: 'Mira Mediator' })
  @IsString()
  @Length(1, 200)
  mediatorName!: string;
}

export class TeleconferenceDto {
  @ApiProperty({ description: 'When the Mediation Teleconference takes place (ISO 8601 instant): at least 15 days after the notice sent now (VS-7.4)' })
  @IsInstant()
  scheduledFor!: string;
}

export class MediationOutcomeDto {
  @ApiProperty({ enum: OUTCOMES, description: 'VS-7.4 (i) the Complainant absent, (ii) the Participant absent, (iii) a Settlement, (iv) no Settlement' })
  @IsIn(OUTCOMES)
  outcome!: (typeof OUTCOMES)[number];

  @ApiPropertyOptional({ description: "The Settlement's terms (required with outcome settlement)" })
  @IsOptional()
  @IsString()
  @Length(1, 20000)
  terms?: string;
}
