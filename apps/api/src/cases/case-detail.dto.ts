import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ACTION_ROUTES } from './next-actions/action-routes';
import { CaseSummaryDto } from './case-summary.dto';

/** A procedure action the case allows now, with the request that takes it (next-actions/action-routes.ts). */
export class NextActionDto {
  @ApiProperty({ enum: Object.keys(ACTION_ROUTES), description: 'The command that takes it' })
  command!: string;

  @ApiProperty({ enum: ['administrator', 'complainant', 'respondent', 'panelist'], description: "The role that takes it through the API, one the access policy lets call its route ('administrator': the administrator's staff, who also record what a Party sends them); an action either Party may take is listed once per Party" })
  by!: string;

  @ApiProperty({ example: 'BBB-4.4' }) rule!: string;
  @ApiProperty() description!: string;

  @ApiProperty({ description: 'True when the procedure waits for it; false for what is merely allowed' })
  awaited!: boolean;

  @ApiPropertyOptional({ description: 'The running deadline it meets or concerns' })
  deadlineId?: string;

  @ApiPropertyOptional({ type: 'object', additionalProperties: { type: 'string' }, description: 'What it is about when there are several: a notice, objection, designation or request', example: { noticeId: 'notice-2' } })
  about?: Readonly<Record<string, string>>;

  @ApiProperty({ enum: ['POST'] }) method!: 'POST';

  @ApiProperty({ example: '/cases/0b6f3c7e-8d3c-4d0e-9a43-1b2f1f0e5a11/hearing/rebuttal' })
  href!: string;
}

/** One case: the case list's row and what the procedure allows next. */
export class CaseDetailDto extends CaseSummaryDto {
  @ApiProperty({ type: [NextActionDto] })
  nextActions!: readonly NextActionDto[];
}
