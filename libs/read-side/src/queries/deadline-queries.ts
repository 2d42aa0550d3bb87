import type { Filter, PendingDeadline, PendingDeadlineOptions, PendingDeadlineSource, ReadStore } from '@pdr/application';
import { PENDING_DEADLINES_COLLECTION, type PendingDeadlineDocument } from '../projections/pending-deadlines.projection';
import { pendingDeadlinePage } from './pending-deadline-page';
import { type KeysetPage, type PageStart, pageStart, readKeysetPage } from './keyset';

export type PendingDeadlineView = Omit<PendingDeadlineDocument, '_id' | 'revision'>;

export interface DeadlineListCriteria extends PageStart {
  readonly caseId?: string;
  readonly kind?: string;
  /** Due at or before this instant. */
  readonly dueBy?: string;
}

/** The running deadlines: staff's "due soon" list, and the reconciler's source of truth for timers. */
export class DeadlineQueries implements PendingDeadlineSource {
  constructor(private readonly store: ReadStore) {}

  /** Earliest first, a page at a time (a case deadline's `_id` is its pendingDeadlineKey): the reconciler's source. */
  pending(options: PendingDeadlineOptions = {}): Promise<PendingDeadline[]> {
    return pendingDeadlinePage(this.collection(), ['caseId', 'deadlineId', 'dueAt'], options);
  }

  /** Earliest due first, from the `due_id` / `case_due_id` indexes; keyset paging by `cursor`, counted only on request. */
  async list(criteria: DeadlineListCriteria): Promise<KeysetPage<PendingDeadlineView>> {
    const filter: Filter = {};
    if (criteria.caseId) filter.caseId = criteria.caseId;
    if (criteria.kind) filter.kind = criteria.kind;
    if (criteria.dueBy) filter.dueAt = { $lte: criteria.dueBy };
    return readKeysetPage(this.collection(), {
      filter,
      sort: { field: 'dueAt', direction: 1 },
      idDirection: 1,
      keyset: true,
      exclude: ['revision'],
      ...pageStart(criteria),
    });
  }

  count(): Promise<number> {
    return this.collection().count({});
  }

  private collection() {
    return this.store.collection<PendingDeadlineDocument>(PENDING_DEADLINES_COLLECTION);
  }
}
