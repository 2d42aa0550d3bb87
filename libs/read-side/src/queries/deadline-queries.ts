import type { Filter, PendingDeadline, PendingDeadlineSource, ReadStore } from '@pdr/application';
import { PENDING_DEADLINES_COLLECTION, type PendingDeadlineDocument } from '../projections/pending-deadlines.projection';
import type { Page, Paging } from './page';

export type PendingDeadlineView = Omit<PendingDeadlineDocument, '_id' | 'revision'>;

export interface DeadlineListCriteria extends Paging {
  readonly caseId?: string;
  readonly kind?: string;
  /** Due at or before this instant. */
  readonly dueBy?: string;
}

/** The running deadlines: staff's "due soon" list, and the reconciler's source of truth for timers. */
export class DeadlineQueries implements PendingDeadlineSource {
  constructor(private readonly store: ReadStore) {}

  async pending(options: { dueBy?: string; limit?: number } = {}): Promise<PendingDeadline[]> {
    const rows = await this.collection().find(options.dueBy ? { dueAt: { $lte: options.dueBy } } : {}, {
      sort: { dueAt: 1, _id: 1 },
      ...(options.limit ? { limit: options.limit } : {}),
      projection: { caseId: 1, deadlineId: 1, dueAt: 1 },
    });
    return rows.map(({ caseId, deadlineId, dueAt }) => ({ caseId, deadlineId, dueAt }));
  }

  async list(criteria: DeadlineListCriteria): Promise<Page<PendingDeadlineView>> {
    const filter: Filter = {};
    if (criteria.caseId) filter.caseId = criteria.caseId;
    if (criteria.kind) filter.kind = criteria.kind;
    if (criteria.dueBy) filter.dueAt = { $lte: criteria.dueBy };
    const [items, total] = await Promise.all([
      this.collection().find(filter, { sort: { dueAt: 1, _id: 1 }, skip: (criteria.page - 1) * criteria.pageSize, limit: criteria.pageSize, projection: { _id: 0, revision: 0 } }),
      this.collection().count(filter),
    ]);
    return { items, page: criteria.page, pageSize: criteria.pageSize, total };
  }

  count(): Promise<number> {
    return this.collection().count({});
  }

  private collection() {
    return this.store.collection<PendingDeadlineDocument>(PENDING_DEADLINES_COLLECTION);
  }
}
