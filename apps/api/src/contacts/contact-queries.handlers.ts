import { IQueryHandler, Query, QueryHandler } from '@nestjs/cqrs';
import { type ContactDocument, ContactQueries, type Page } from '@pdr/read-side';

type Contact = Omit<ContactDocument, '_id'>;

export class ListContactsQuery extends Query<Page<Contact>> {
  constructor(readonly page: number, readonly pageSize: number, readonly rulebookId?: string) {
    super();
  }
}

export class GetContactQuery extends Query<Contact | null> {
  constructor(readonly contactId: string) {
    super();
  }
}

@QueryHandler(ListContactsQuery)
export class ListContactsHandler implements IQueryHandler<ListContactsQuery> {
  constructor(private readonly contacts: ContactQueries) {}

  execute({ page, pageSize, rulebookId }: ListContactsQuery): Promise<Page<Contact>> {
    return this.contacts.list({ page, pageSize, ...(rulebookId ? { rulebookId } : {}) });
  }
}

@QueryHandler(GetContactQuery)
export class GetContactHandler implements IQueryHandler<GetContactQuery> {
  constructor(private readonly contacts: ContactQueries) {}

  execute({ contactId }: GetContactQuery): Promise<Contact | null> {
    return this.contacts.get(contactId);
  }
}
