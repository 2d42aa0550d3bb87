import type { ReadStore } from '@pdr/application';
import { ACCOUNTS_COLLECTION, type AccountDocument } from '../projections/account-directory.projection';
import type { Page, Paging } from './page';

export type AccountSummary = Omit<AccountDocument, '_id'>;

/** The accounts of the embedded sign-in, by user name. */
export class AccountQueries {
  constructor(private readonly store: ReadStore) {}

  async list(paging: Paging & { readonly includeClosed?: boolean }): Promise<Page<AccountSummary>> {
    const filter = paging.includeClosed ? {} : { status: 'open' };
    const accounts = this.store.collection<AccountDocument>(ACCOUNTS_COLLECTION);
    const [items, total] = await Promise.all([
      accounts.find(filter, { sort: { username: 1, _id: 1 }, skip: (paging.page - 1) * paging.pageSize, limit: paging.pageSize, projection: { _id: 0 } }),
      accounts.count(filter),
    ]);
    return { items, page: paging.page, pageSize: paging.pageSize, total };
  }
}
