import { type Provider } from '@nestjs/common';
import { IQueryHandler, Query, QueryHandler } from '@nestjs/cqrs';
import type { ReadStore } from '@pdr/application';
import { READ_STORE } from '@pdr/platform';
import { type AnnualProcedureReport, AnnualReportQueries, type ProcedureReport } from '@pdr/read-side';

export class GetAnnualReportQuery extends Query<AnnualProcedureReport | ProcedureReport | null> {
  constructor(readonly rulebookId: string, readonly year: number) {
    super();
  }
}

@QueryHandler(GetAnnualReportQuery)
export class GetAnnualReportHandler implements IQueryHandler<GetAnnualReportQuery> {
  constructor(private readonly reports: AnnualReportQueries) {}

  /** The report the rulebook's rules define: BBB-7's statistical report or VS-14.1's Annual Procedure Report. */
  execute({ rulebookId, year }: GetAnnualReportQuery): Promise<AnnualProcedureReport | ProcedureReport | null> {
    return this.reports.annual(rulebookId, year);
  }
}

/** Everything the annual report needs in the API module, so the module names it once. */
export const REPORT_PROVIDERS: Provider[] = [
  { provide: AnnualReportQueries, useFactory: (store: ReadStore) => new AnnualReportQueries(store), inject: [READ_STORE] },
  GetAnnualReportHandler,
];
