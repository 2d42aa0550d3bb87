import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsOptional, IsString, Length, Matches } from 'class-validator';
import { NestedList } from '../../http/validators/nested';

/** One Permitted Outcome the Reparation Order requires (VS-4.1), with its terms. */
export class OrderedRemedyDto {
  @ApiProperty({ description: "A Permitted Outcome of the case's rulebook (VS-4.1), e.g. 'delete-personal-data', 'compensate-losses'" })
  @IsString()
  @Length(1, 80)
  @Matches(/^[a-z0-9-]+$/, { message: 'kind is a Permitted Outcome id (lower-case letters, digits and hyphens)' })
  kind!: string;

  @ApiProperty({ description: 'What it requires of the Participant in this case' })
  @IsString()
  @Length(1, 10000)
  terms!: string;
}

/** VS-8.4(c), VS-9.4: the appointed officer's decision on the Procedure Submissions. */
export class HearingDecisionDto {
  @ApiProperty({ description: 'Whether the evidence clearly, convincingly and satisfactorily substantiates the allegation' })
  @IsBoolean()
  substantiated!: boolean;

  @ApiProperty({ description: "Whether the Participant's action or inaction violates the Framework(s)" })
  @IsBoolean()
  violatesFramework!: boolean;

  @ApiProperty({ description: 'The findings on the Procedure Submissions' })
  @IsString()
  @Length(1, 50000)
  findings!: string;

  @ApiPropertyOptional({ type: [OrderedRemedyDto], description: 'The Reparation Order: required when substantiated and a violation, refused otherwise' })
  @IsOptional()
  @NestedList(() => OrderedRemedyDto, { max: 7 })
  reparationOrder?: OrderedRemedyDto[];
}
