import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, Length, MaxLength } from 'class-validator';
import { IsInstant } from '../../http/validators/is-instant';

const PARTIES = ['complainant', 'respondent'] as const;
const DECISIONS = ['upheld', 'granted'] as const;

/** Which fields an appeal must include is the rulebook's (VS-5.5(a): the error and Credible Evidence of it): the decider refuses a missing one. */
export class ClosureAppealDto {
  @ApiProperty({ enum: PARTIES, description: 'The Party appealing; a Party signed in names itself' })
  @IsIn(PARTIES)
  party!: (typeof PARTIES)[number];

  @ApiPropertyOptional({ description: 'What the closure got wrong (VS-5.5(a): the material error in the Ineligibility Determination)' })
  @IsOptional()
  @IsString()
  @MaxLength(20000)
  grounds?: string;

  @ApiPropertyOptional({ description: 'What shows it (VS-5.5(a): Credible Evidence of the error)' })
  @IsOptional()
  @IsString()
  @MaxLength(20000)
  evidence?: string;

  @ApiPropertyOptional({ description: 'When the appeal reached the administrator; defaults to now. It must be within the window after receipt of the closure.' })
  @IsOptional()
  @IsInstant()
  receivedAt?: string;
}

export class ClosureAppealDecisionDto {
  @ApiProperty({ enum: DECISIONS, description: 'upheld: the closure stands and is final; granted: the case reopens at the stage the rulebook names' })
  @IsIn(DECISIONS)
  decision!: (typeof DECISIONS)[number];

  @ApiProperty({ description: 'The reasons for the decision' })
  @IsString()
  @Length(1, 5000)
  reasons!: string;
}
