import type { ReadStore } from '@pdr/application';
import { ERASURE_REQUESTS_COLLECTION, type ErasureRequestDocument } from '../projections/erasure-requests.projection';
import type { Page, Paging } from './page';

export type ErasureRequestSummary = Omit<ErasureRequestDocument, '_id'>;

/** GDPR Art. 17 erasure requests, newest received first; by status on request. */
export class ErasureRequestQueries {
  constructor(private readonly store: ReadStore) {}

  async list(paging: Paging & { readonly status?: ErasureRequestDocument['status'] }): Promise<Page<ErasureRequestSummary>> {
    const filter = paging.status ? { status: paging.status } : {};
    const requests = this.store.collection<ErasureRequestDocument>(ERASURE_REQUESTS_COLLECTION);
    const [items, total] = await Promise.all([
      requests.find(filter, { sort: { receivedAt: -1, _id: 1 }, skip: (paging.page - 1) * paging.pageSize, limit: paging.pageSize, projection: { _id: 0 } }),
      requests.count(filter),
    ]);
    return { items, page: paging.page, pageSize: paging.pageSize, total };
  }

  async get(requestId: string): Promise<ErasureRequestSummary | null> {
    return this.store.collection<ErasureRequestDocument>(ERASURE_REQUESTS_COLLECTION).findOne({ _id: requestId }, { projection: { _id: 0 } });
  }
}
