import { ApiProperty } from '@nestjs/swagger';
import { currentRulebooks } from '@pdr/procedures';
import { Type } from 'class-transformer';
import { IsIn, IsInt, Max, Min } from 'class-validator';

/** Rulebooks whose annual report is built: those with report rules (BBB-7's statistical report, VS-14.1's Annual Procedure Report). */
export const ANNUAL_REPORT_RULEBOOKS: readonly string[] = currentRulebooks().filter((rulebook) => rulebook.report).map((rulebook) => rulebook.id);

export class AnnualReportDto {
  @ApiProperty({ enum: ANNUAL_REPORT_RULEBOOKS })
  @IsIn(ANNUAL_REPORT_RULEBOOKS, { message: `rulebookId must be one of: ${ANNUAL_REPORT_RULEBOOKS.join(', ')}` })
  rulebookId!: string;

  @ApiProperty({ minimum: 2000, maximum: 2100, description: 'Calendar year in the administrator\'s time zone (America/New_York)' })
  @Type(() => Number)
  @IsInt({ message: 'year must be a whole number such as 2026' })
  @Min(2000)
  @Max(2100)
  year!: number;
}
