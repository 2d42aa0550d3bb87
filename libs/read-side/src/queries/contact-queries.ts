import type { ReadStore } from '@pdr/application';
import { CONTACTS_COLLECTION, type ContactDocument } from '../projections/contact-list.projection';
import type { Page, Paging } from './page';

export class ContactQueries {
  constructor(private readonly store: ReadStore) {}

  async list(paging: Paging & { readonly rulebookId?: string }): Promise<Page<Omit<ContactDocument, '_id'>>> {
    const filter = paging.rulebookId ? { 'rulebook.id': paging.rulebookId } : {};
    const contacts = this.store.collection<ContactDocument>(CONTACTS_COLLECTION);
    const [items, total] = await Promise.all([
      contacts.find(filter, { sort: { receivedAt: -1, _id: 1 }, skip: (paging.page - 1) * paging.pageSize, limit: paging.pageSize, projection: { _id: 0 } }),
      contacts.count(filter),
    ]);
    return { items, page: paging.page, pageSize: paging.pageSize, total };
  }

  async get(contactId: string): Promise<Omit<ContactDocument, '_id'> | null> {
    return this.store.collection<ContactDocument>(CONTACTS_COLLECTION).findOne({ _id: contactId }, { projection: { _id: 0 } });
  }
}
