import { IQueryHandler, Query, QueryHandler } from '@nestjs/cqrs';
import { CommandProcessor } from '@pdr/application';
import { caseDecider, caseStream, nextActions } from '@pdr/procedures';
import { type CaseListCriteria, CaseQueries, type CaseSortField, type CaseSummary, type KeysetPage } from '@pdr/read-side';
import { readingCursor } from '../http/keyset-paging.dto';
import type { ListCasesDto } from './list-cases.dto';
import { type NextActionView, withHref } from './next-actions/action-routes';

/** The case detail: the read model's row, and what the procedure allows next. */
export type CaseDetail = CaseSummary & { readonly nextActions: readonly NextActionView[] };

export class ListCasesQuery extends Query<KeysetPage<CaseSummary>> {
  constructor(
    readonly params: ListCasesDto,
    readonly visibleTo?: CaseListCriteria['visibleTo'],
  ) {
    super();
  }
}

export class GetCaseQuery extends Query<CaseDetail | null> {
  constructor(readonly caseId: string) {
    super();
  }
}

/** `-receivedAt` → receivedAt descending; newest received first when no sort is asked for. */
export function criteriaFrom({ sort, page, pageSize, ...filters }: ListCasesDto): CaseListCriteria {
  const descending = (sort ?? '-receivedAt').startsWith('-');
  const field = (sort ?? '-receivedAt').replace(/^-/, '') as CaseSortField;
  return { ...filters, sort: { field, direction: descending ? -1 : 1 }, page: page ?? 1, pageSize: pageSize ?? 25 };
}

@QueryHandler(ListCasesQuery)
export class ListCasesHandler implements IQueryHandler<ListCasesQuery> {
  constructor(private readonly cases: CaseQueries) {}

  async execute({ params, visibleTo }: ListCasesQuery): Promise<KeysetPage<CaseSummary>> {
    // The access policy's scope (a Panelist's appointed cases, a Party's own) is part of every page's filter, cursor or not.
    return readingCursor(params, () => this.cases.list({ ...criteriaFrom(params), ...(visibleTo ? { visibleTo } : {}) }));
  }
}

/**
 * Next actions depend on the whole decider state, not only on the row: they are computed from that state, folded
 * from the log up to the row's revision so that they agree with the row shown.
 */
@QueryHandler(GetCaseQuery)
export class GetCaseHandler implements IQueryHandler<GetCaseQuery> {
  constructor(
    private readonly cases: CaseQueries,
    private readonly processor: CommandProcessor,
  ) {}

  async execute({ caseId }: GetCaseQuery): Promise<CaseDetail | null> {
    const row = await this.cases.get(caseId);
    if (!row) return null;
    const { state } = await this.processor.state(caseStream(caseId), caseDecider, row.revision);
    return { ...row, nextActions: nextActions(state).map((action) => withHref(caseId, action)) };
  }
}
