import { Controller, Get, Headers, NotFoundException, Query, Res } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiExtraModels, ApiHeader, ApiNotFoundResponse, ApiOperation, ApiResponse, ApiTags, getSchemaPath } from '@nestjs/swagger';
import { reportMainRule } from '@pdr/procedures';
import { reportRulesOf } from '@pdr/read-side';
import type { FastifyReply } from 'fastify';
import { MIN_POSITION_HEADER, ReadConsistency } from '../http/read-consistency';
import { AnnualReportDto } from './annual-report.dto';
import { GetAnnualReportQuery } from './annual-report.handlers';
import { ProblemDto } from '../http/problem.dto';
import { AnnualProcedureReportDto, ProcedureReportDto } from './annual-procedure-report.dto';

/**
 * The Annual Procedure Report (BBB-7.1 to BBB-7.3; VS-14.1, VS-14.2). Like every read in this API it has no
 * authentication yet; the report itself holds only aggregate figures and the referral summaries (which name
 * the Respondent or Participant), so it is fit for publication once staff approve it.
 */
@ApiTags('reports')
@ApiExtraModels(AnnualProcedureReportDto, ProcedureReportDto)
@Controller('reports')
export class ReportsController {
  constructor(
    private readonly queries: QueryBus,
    private readonly consistency: ReadConsistency,
  ) {}

  @Get('annual')
  @ApiOperation({ summary: 'Annual Procedure Report for a rulebook and a calendar year in New York time (BBB-7.1, BBB-7.2, BBB-7.3; VS-14.1, VS-14.2)' })
  @ApiHeader({ name: 'X-Min-Position', required: false, description: 'Wait until the read model includes this log position' })
  @ApiResponse({
    status: 200,
    description: "Found: BBB-7's statistical report, or VS-14.1's Annual Procedure Report, as the rulebook's report rules define",
    schema: { oneOf: [{ $ref: getSchemaPath(AnnualProcedureReportDto) }, { $ref: getSchemaPath(ProcedureReportDto) }] },
  })
  @ApiNotFoundResponse({ type: ProblemDto, description: 'No complaint was filed under the rulebook that year: there is no report (BBB-7.1)' })
  async annual(@Query() params: AnnualReportDto, @Headers(MIN_POSITION_HEADER) minPosition: string | undefined, @Res({ passthrough: true }) reply: FastifyReply): Promise<AnnualProcedureReportDto | ProcedureReportDto> {
    await this.consistency.honour(minPosition, reply);
    const report = await this.queries.execute(new GetAnnualReportQuery(params.rulebookId, params.year));
    if (!report) {
      // Only years with complaints have a report: the rule of the report's statistics says so (BBB-7.1).
      const rules = reportRulesOf(params.rulebookId);
      const rule = rules ? reportMainRule(rules) : undefined;
      throw new NotFoundException({ message: `${rule ? `${rule}: ` : ''}no Annual Procedure Report for ${params.year}: no complaints were filed under ${params.rulebookId} that year`, ...(rule ? { rule } : {}), field: 'year' });
    }
    return report;
  }
}
