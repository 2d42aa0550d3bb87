import type { ReadStore } from '@pdr/application';
import { PUBLISHED_DECISIONS_COLLECTION, type PublishedDecisionDocument } from '../projections/published-decisions.projection';
import type { Page, Paging } from './page';

export type PublishedDecisionEntry = Omit<PublishedDecisionDocument, '_id'>;

/** The public list of published Decisions (BBB-4.6.4, BBB-7.3), newest first. */
export class PublishedDecisionQueries {
  constructor(private readonly store: ReadStore) {}

  async list(paging: Paging): Promise<Page<PublishedDecisionEntry>> {
    const collection = this.store.collection<PublishedDecisionDocument>(PUBLISHED_DECISIONS_COLLECTION);
    const [items, total] = await Promise.all([
      collection.find({}, { sort: { publishedAt: -1, _id: 1 }, skip: (paging.page - 1) * paging.pageSize, limit: paging.pageSize, projection: { _id: 0 } }),
      collection.count({}),
    ]);
    return { items, page: paging.page, pageSize: paging.pageSize, total };
  }

  async find(caseId: string): Promise<PublishedDecisionEntry | null> {
    return this.store.collection<PublishedDecisionDocument>(PUBLISHED_DECISIONS_COLLECTION).findOne({ _id: caseId }, { projection: { _id: 0 } });
  }
}
