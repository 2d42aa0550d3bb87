import type { ReadStore } from '@pdr/application';
import { PUBLISHED_DECISIONS_COLLECTION, type PublishedDecisionDocument } from '../projections/published-decisions.projection';
import { type KeysetPage, type PageStart, pageStart, readKeysetPage } from './keyset';

export type PublishedDecisionEntry = Omit<PublishedDecisionDocument, '_id'>;

/** The public list of published Decisions (BBB-4.6.4, BBB-7.3), newest first. */
export class PublishedDecisionQueries {
  constructor(private readonly store: ReadStore) {}

  /** Newest published first, from the `published` index; keyset paging by `cursor` (publishedAt and the caseId: public already), counted only on request. */
  async list(paging: PageStart): Promise<KeysetPage<PublishedDecisionEntry>> {
    return readKeysetPage(this.store.collection<PublishedDecisionDocument>(PUBLISHED_DECISIONS_COLLECTION), {
      filter: {},
      sort: { field: 'publishedAt', direction: -1 },
      idDirection: 1,
      keyset: true,
      ...pageStart(paging),
    });
  }

  async find(caseId: string): Promise<PublishedDecisionEntry | null> {
    return this.store.collection<PublishedDecisionDocument>(PUBLISHED_DECISIONS_COLLECTION).findOne({ _id: caseId }, { projection: { _id: 0 } });
  }
}
