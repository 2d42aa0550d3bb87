import { IQueryHandler, Query, QueryHandler } from '@nestjs/cqrs';
import { type ContactDocument, ContactQueries, type KeysetPage } from '@pdr/read-side';
import { readingCursor } from '../http/keyset-paging.dto';
import type { ListContactsDto } from './list-contacts.dto';

type Contact = Omit<ContactDocument, '_id'>;

export class ListContactsQuery extends Query<KeysetPage<Contact>> {
  constructor(readonly params: ListContactsDto) {
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

  execute({ params }: ListContactsQuery): Promise<KeysetPage<Contact>> {
    const { page, pageSize, rulebookId, cursor, count } = params;
    return readingCursor(params, () =>
      this.contacts.list({ page: page ?? 1, pageSize: pageSize ?? 25, ...(rulebookId ? { rulebookId } : {}), ...(cursor !== undefined ? { cursor } : {}), ...(count ? { count } : {}) }),
    );
  }
}

@QueryHandler(GetContactQuery)
export class GetContactHandler implements IQueryHandler<GetContactQuery> {
  constructor(private readonly contacts: ContactQueries) {}

  execute({ contactId }: GetContactQuery): Promise<Contact | null> {
    return this.contacts.get(contactId);
  }
}
