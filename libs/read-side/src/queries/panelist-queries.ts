import type { ReadStore } from '@pdr/application';
import type { PanelistProfile } from '@pdr/procedures';
import { PANELISTS_COLLECTION, type PanelistDocument } from '../projections/panelist-directory.projection';
import type { Page, Paging } from './page';

export type Panelist = Omit<PanelistDocument, '_id'>;

export class PanelistQueries {
  constructor(private readonly store: ReadStore) {}

  /** Staff view of the Board, by name; withdrawn panelists only when asked for. */
  async list(paging: Paging & { readonly includeWithdrawn?: boolean }): Promise<Page<Panelist>> {
    const filter = paging.includeWithdrawn ? {} : { active: true };
    const panelists = this.store.collection<PanelistDocument>(PANELISTS_COLLECTION);
    const [items, total] = await Promise.all([
      panelists.find(filter, { sort: { name: 1, _id: 1 }, skip: (paging.page - 1) * paging.pageSize, limit: paging.pageSize, projection: { _id: 0 } }),
      panelists.count(filter),
    ]);
    return { items, page: paging.page, pageSize: paging.pageSize, total };
  }

  async get(panelistId: string): Promise<Panelist | null> {
    return this.store.collection<PanelistDocument>(PANELISTS_COLLECTION).findOne({ _id: panelistId }, { projection: { _id: 0 } });
  }

  /** Every active Panelist as selection reads them (the Board is small: one read, no paging). */
  async activeProfiles(): Promise<PanelistProfile[]> {
    const documents = await this.store.collection<PanelistDocument>(PANELISTS_COLLECTION).find({ active: true }, { sort: { _id: 1 } });
    return documents.map((d) => ({
      panelistId: d.panelistId,
      employer: d.employer,
      employerCompetitors: d.employerCompetitors,
      affiliations: d.affiliations,
      relationships: d.relationships.map((r) => ({ with: r.with, ...(r.businessId === undefined ? {} : { businessId: r.businessId }), kind: r.kind })),
      confidentialityAgreementSignedOn: d.confidentialityAgreementSignedOn,
      active: d.active,
    }));
  }
}
