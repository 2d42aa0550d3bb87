import { ApiProperty } from '@nestjs/swagger';
import { IsBoolean, IsIn, IsString, Length } from 'class-validator';
import { OBJECTION_GROUNDS } from '@pdr/procedures';

const PARTIES = ['complainant', 'respondent'] as const;

// No request that draws a Panelist carries a seed: it comes from the server's CSPRNG and is recorded (BBB-4.2).

export class SelfDisqualificationDto {
  @ApiProperty({ description: 'The appointed Panelist disqualifying themselves (BBB-4.2.1)' })
  @IsString()
  @Length(1, 100)
  panelistId!: string;

  @ApiProperty({ description: 'Why the Panelist cannot examine the Case impartially' })
  @IsString()
  @Length(1, 5000)
  reason!: string;
}

export class ObjectionDto {
  @ApiProperty({ description: 'The selected Panelist objected to' })
  @IsString()
  @Length(1, 100)
  panelistId!: string;

  @ApiProperty({ enum: PARTIES, description: 'The objecting Party (BBB-4.2.1: either Party may object)' })
  @IsIn(PARTIES)
  raisedBy!: (typeof PARTIES)[number];

  @ApiProperty({ enum: OBJECTION_GROUNDS, description: 'The conflict of interest (BBB-4.2.1 (a) to (c))' })
  @IsString()
  @Length(1, 100)
  ground!: string;

  @ApiProperty({ description: 'The facts of the conflict' })
  @IsString()
  @Length(1, 5000)
  details!: string;
}

export class ObjectionDecisionDto {
  @ApiProperty({ description: 'Good cause found: the Panelist is set aside and a replacement drawn (BBB-4.2.1)' })
  @IsBoolean()
  upheld!: boolean;

  @ApiProperty({ description: "The CBBB's reasons (it acts reasonably)" })
  @IsString()
  @Length(1, 5000)
  reason!: string;
}

export class DesignationDto {
  @ApiProperty({ description: "The Board member the administrator designates (VS-8.1); their recorded credentials are checked against the rulebook's qualifications (VS-8.3)" })
  @IsString()
  @Length(1, 100)
  panelistId!: string;
}
