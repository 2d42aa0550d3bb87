import type { ReadStore } from '@pdr/application';
import { ERASURE_REQUESTS_COLLECTION, type ErasureRequestDocument } from '../projections/erasure-requests.projection';
import { type KeysetPage, type PageStart, pageStart, readKeysetPage } from './keyset';

export type ErasureRequestSummary = Omit<ErasureRequestDocument, '_id'>;

/** GDPR Art. 17 erasure requests, newest received first; by status on request. */
export class ErasureRequestQueries {
  constructor(private readonly store: ReadStore) {}

  /** From the `received_id` / `status_received_id` indexes; keyset paging by `cursor`, counted only on request. */
  async list(paging: PageStart & { readonly status?: ErasureRequestDocument['status'] }): Promise<KeysetPage<ErasureRequestSummary>> {
    return readKeysetPage(this.store.collection<ErasureRequestDocument>(ERASURE_REQUESTS_COLLECTION), {
      filter: paging.status ? { status: paging.status } : {},
      sort: { field: 'receivedAt', direction: -1 },
      idDirection: 1,
      keyset: true,
      ...pageStart(paging),
    });
  }

  async get(requestId: string): Promise<ErasureRequestSummary | null> {
    return this.store.collection<ErasureRequestDocument>(ERASURE_REQUESTS_COLLECTION).findOne({ _id: requestId }, { projection: { _id: 0 } });
  }
}
