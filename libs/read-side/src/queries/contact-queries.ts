import type { ReadStore } from '@pdr/application';
import { CONTACTS_COLLECTION, type ContactDocument } from '../projections/contact-list.projection';
import { type KeysetPage, readKeysetPage } from './keyset';
import type { Paging } from './page';

export class ContactQueries {
  constructor(private readonly store: ReadStore) {}

  /** Newest received first, from the `received_id` / `rulebook_received_id` indexes; keyset paging by `cursor`, counted only on request. */
  async list(paging: Paging & { readonly rulebookId?: string; readonly cursor?: string; readonly count?: boolean }): Promise<KeysetPage<Omit<ContactDocument, '_id'>>> {
    return readKeysetPage(this.store.collection<ContactDocument>(CONTACTS_COLLECTION), {
      filter: paging.rulebookId ? { 'rulebook.id': paging.rulebookId } : {},
      sort: { field: 'receivedAt', direction: -1 },
      idDirection: 1,
      keyset: true,
      page: paging.page,
      pageSize: paging.pageSize,
      ...(paging.cursor !== undefined ? { cursor: paging.cursor } : {}),
      ...(paging.count ? { count: true } : {}),
    });
  }

  async get(contactId: string): Promise<Omit<ContactDocument, '_id'> | null> {
    return this.store.collection<ContactDocument>(CONTACTS_COLLECTION).findOne({ _id: contactId }, { projection: { _id: 0 } });
  }
}
