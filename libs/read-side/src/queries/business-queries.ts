import type { Filter, ReadStore } from '@pdr/application';
import { participationInPeriods, type ParticipationStatus } from '@pdr/procedures';
import { BUSINESSES_COLLECTION, type BusinessDocument } from '../projections/business-registry.projection';
import { containsText, type Page, type Paging } from './page';

export interface BusinessListCriteria extends Paging {
  /** Part of the legal name or of an alias, any case. */
  readonly name?: string;
  readonly program?: string;
  /** Only businesses whose participation (in `program`, or in any program) was current at this ISO instant. */
  readonly currentAt?: string;
}

/** What clients see: the read model's _id and search key are storage detail. */
export type BusinessSummary = Omit<BusinessDocument, '_id' | 'searchName'>;

export class BusinessQueries {
  constructor(private readonly store: ReadStore) {}

  async list(criteria: BusinessListCriteria): Promise<Page<BusinessSummary>> {
    const filter = businessFilter(criteria);
    const businesses = this.store.collection<BusinessDocument>(BUSINESSES_COLLECTION);
    const [items, total] = await Promise.all([
      businesses.find(filter, {
        sort: { searchName: 1, _id: 1 },
        skip: (criteria.page - 1) * criteria.pageSize,
        limit: criteria.pageSize,
        projection: { _id: 0, searchName: 0 },
      }),
      businesses.count(filter),
    ]);
    return { items, page: criteria.page, pageSize: criteria.pageSize, total };
  }

  async get(businessId: string): Promise<BusinessSummary | null> {
    return this.store.collection<BusinessDocument>(BUSINESSES_COLLECTION).findOne({ _id: businessId }, { projection: { _id: 0, searchName: 0 } });
  }

  /** BBB-2.3 / CASRO-4 as the registry's read model knows it; null for an unknown business. */
  async participationAt(businessId: string, program: string, instant: string): Promise<ParticipationStatus | null> {
    const business = await this.get(businessId);
    if (!business) return null;
    return participationInPeriods(business.participation.filter((period) => period.program === program), instant);
  }
}

function businessFilter(criteria: BusinessListCriteria): Filter {
  const filter: Filter = {};
  if (criteria.name) filter.$or = [{ searchName: containsText(criteria.name.toLowerCase()) }, { aliases: containsText(criteria.name) }];
  if (criteria.program) filter.programs = criteria.program;
  if (criteria.currentAt) {
    // Stored instants are canonical (toISOString), so string order is time order.
    const at = new Date(criteria.currentAt).toISOString();
    filter.participation = {
      $elemMatch: {
        ...(criteria.program ? { program: criteria.program } : {}),
        from: { $lte: at },
        $or: [{ until: { $exists: false } }, { until: { $gt: at } }],
      },
    };
  }
  return filter;
}
