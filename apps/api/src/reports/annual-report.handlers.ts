import { type Provider } from '@nestjs/common';
import { IQueryHandler, Query, QueryHandler } from '@nestjs/cqrs';
import type { ReadStore } from '@pdr/application';
import { READ_STORE } from '@pdr/platform';
import { type AnnualProcedureReport, AnnualReportQueries } from '@pdr/read-side';

export class GetAnnualReportQuery extends Query<AnnualProcedureReport | null> {
  constructor(readonly rulebookId: string, readonly year: number) {
    super();
  }
}

@QueryHandler(GetAnnualReportQuery)
export class GetAnnualReportHandler implements IQueryHandler<GetAnnualReportQuery> {
  constructor(private readonly reports: AnnualReportQueries) {}

  execute({ rulebookId, year }: GetAnnualReportQuery): Promise<AnnualProcedureReport | null> {
    return this.reports.report(rulebookId, year);
  }
}

/** Everything the annual report needs in the API module, so the module names it once. */
export const REPORT_PROVIDERS: Provider[] = [
  { provide: AnnualReportQueries, useFactory: (store: ReadStore) => new AnnualReportQueries(store), inject: [READ_STORE] },
  GetAnnualReportHandler,
];
