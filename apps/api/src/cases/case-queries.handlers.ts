import { IQueryHandler, Query, QueryHandler } from '@nestjs/cqrs';
import { type CaseListCriteria, CaseQueries, type CaseSortField, type CaseSummary, type Page } from '@pdr/read-side';
import type { ListCasesDto } from './list-cases.dto';

export class ListCasesQuery extends Query<Page<CaseSummary>> {
  constructor(readonly params: ListCasesDto) {
    super();
  }
}

export class GetCaseQuery extends Query<CaseSummary | null> {
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

  execute({ params }: ListCasesQuery): Promise<Page<CaseSummary>> {
    return this.cases.list(criteriaFrom(params));
  }
}

@QueryHandler(GetCaseQuery)
export class GetCaseHandler implements IQueryHandler<GetCaseQuery> {
  constructor(private readonly cases: CaseQueries) {}

  execute({ caseId }: GetCaseQuery): Promise<CaseSummary | null> {
    return this.cases.get(caseId);
  }
}
