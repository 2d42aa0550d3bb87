import { IQueryHandler, Query, QueryHandler } from '@nestjs/cqrs';
import { type BusinessListCriteria, BusinessQueries, type BusinessSummary, type Page } from '@pdr/read-side';
import type { ParticipationStatus } from '@pdr/procedures';

export class ListBusinessesQuery extends Query<Page<BusinessSummary>> {
  constructor(readonly criteria: BusinessListCriteria) {
    super();
  }
}

export class GetBusinessQuery extends Query<BusinessSummary | null> {
  constructor(readonly businessId: string) {
    super();
  }
}

export class ParticipationAtQuery extends Query<ParticipationStatus | null> {
  constructor(
    readonly businessId: string,
    readonly program: string,
    readonly at: string,
  ) {
    super();
  }
}

@QueryHandler(ListBusinessesQuery)
export class ListBusinessesHandler implements IQueryHandler<ListBusinessesQuery> {
  constructor(private readonly businesses: BusinessQueries) {}

  execute({ criteria }: ListBusinessesQuery): Promise<Page<BusinessSummary>> {
    return this.businesses.list(criteria);
  }
}

@QueryHandler(GetBusinessQuery)
export class GetBusinessHandler implements IQueryHandler<GetBusinessQuery> {
  constructor(private readonly businesses: BusinessQueries) {}

  execute({ businessId }: GetBusinessQuery): Promise<BusinessSummary | null> {
    return this.businesses.get(businessId);
  }
}

@QueryHandler(ParticipationAtQuery)
export class ParticipationAtHandler implements IQueryHandler<ParticipationAtQuery> {
  constructor(private readonly businesses: BusinessQueries) {}

  execute({ businessId, program, at }: ParticipationAtQuery): Promise<ParticipationStatus | null> {
    return this.businesses.participationAt(businessId, program, at);
  }
}
