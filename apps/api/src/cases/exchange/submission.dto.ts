import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, Length, Matches } from 'class-validator';
import { SubmissionDto } from '../hearing/hearing.dto';

const PARTIES = ['complainant', 'respondent'] as const;

/** A filing of a slot the rulebook files with no endpoint of its own: the slot is in the path, the filer in the body. */
export class SlotSubmissionDto extends SubmissionDto {
  @ApiProperty({ enum: PARTIES, description: "The Party filing it: the slot's filer under the case's rulebook; a Party files only for its own side" })
  @IsIn(PARTIES)
  filedBy!: (typeof PARTIES)[number];

  @ApiPropertyOptional({ description: "Which of the slot's kinds it is, when its rulebook lists kinds (VS-7.1: defend, dispute, admit-fault)", example: 'dispute' })
  @IsOptional()
  @IsString()
  @Matches(/^[a-z][a-z0-9-]{0,63}$/)
  submissionKind?: string;
}

/** The filer declines a slot its rulebook lets it decline (VS-7.3(b): satisfied with the Response). */
export class SlotWaiverDto {
  @ApiProperty({ enum: PARTIES, description: "The Party declining it: the slot's filer; a Party declines only for its own side" })
  @IsIn(PARTIES)
  waivedBy!: (typeof PARTIES)[number];

  @ApiPropertyOptional({ description: 'Why, in the Party\'s words (e.g. satisfied with the Response)' })
  @IsOptional()
  @IsString()
  @Length(1, 5000)
  reason?: string;
}
