import type { ReadStore } from '@pdr/application';
import { CONTACTS_COLLECTION, type ContactDocument } from '../projections/contact-list.projection';
import { type KeysetPage, type PageStart, pageStart, readKeysetPage } from './keyset';

export class ContactQueries {
  constructor(private readonly store: ReadStore) {}

  /** Newest received first, from the `received_id` / `rulebook_received_id` indexes; keyset paging by `cursor`, counted only on request. */
  async list(paging: PageStart & { readonly rulebookId?: string }): Promise<KeysetPage<Omit<ContactDocument, '_id'>>> {
    return readKeysetPage(this.store.collection<ContactDocument>(CONTACTS_COLLECTION), {
      filter: paging.rulebookId ? { 'rulebook.id': paging.rulebookId } : {},
      sort: { field: 'receivedAt', direction: -1 },
      idDirection: 1,
      keyset: true,
      ...pageStart(paging),
    });
  }

  async get(contactId: string): Promise<Omit<ContactDocument, '_id'> | null> {
    return this.store.collection<ContactDocument>(CONTACTS_COLLECTION).findOne({ _id: contactId }, { projection: { _id: 0 } });
  }
}
