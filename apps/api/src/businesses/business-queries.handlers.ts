import { IQueryHandler, Query, QueryHandler } from '@nestjs/cqrs';
import { type BusinessListCriteria, BusinessQueries, type BusinessSummary, type CertificationDue, type Page, type Paging } from '@pdr/read-side';
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

/** Applications whose next step is staff's (CASRO-2, CASRO-3). */
export class ApplicationsAwaitingStaffQuery extends Query<Page<BusinessSummary>> {
  constructor(readonly paging: Paging) {
    super();
  }
}

/** CASRO-4: self-certifications due by `horizon`, or lapsed. */
export class CertificationsDueQuery extends Query<Page<CertificationDue>> {
  constructor(
    readonly horizon: string,
    readonly paging: Paging,
  ) {
    super();
  }
}

@QueryHandler(ApplicationsAwaitingStaffQuery)
export class ApplicationsAwaitingStaffHandler implements IQueryHandler<ApplicationsAwaitingStaffQuery> {
  constructor(private readonly businesses: BusinessQueries) {}

  execute({ paging }: ApplicationsAwaitingStaffQuery): Promise<Page<BusinessSummary>> {
    return this.businesses.awaitingStaff(paging);
  }
}

@QueryHandler(CertificationsDueQuery)
export class CertificationsDueHandler implements IQueryHandler<CertificationsDueQuery> {
  constructor(private readonly businesses: BusinessQueries) {}

  execute({ horizon, paging }: CertificationsDueQuery): Promise<Page<CertificationDue>> {
    return this.businesses.certificationsDue(horizon, paging);
  }
}
