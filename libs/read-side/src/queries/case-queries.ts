import type { Filter, ReadStore } from '@pdr/application';
import { CASES_COLLECTION, type CaseListDocument } from '../projections/case-list.projection';
import { type KeysetPage, type PageStart, pageStart, readKeysetPage } from './keyset';
import { containsText } from './page';

export const CASE_SORT_FIELDS = ['receivedAt', 'filedAt', 'updatedAt', 'stage', 'respondent.name', 'complainant.country'] as const;
export type CaseSortField = (typeof CASE_SORT_FIELDS)[number];

/**
 * The sorts a keyset cursor is offered for: a cursor carries the last row's sort value, so only sort keys that are
 * not personal data (instants, the stage) qualify; sorts by the Respondent's name or the Complainant's country page by offset.
 */
export const CASE_KEYSET_SORT_FIELDS: readonly CaseSortField[] = ['receivedAt', 'filedAt', 'updatedAt', 'stage'];

export interface CaseListCriteria extends PageStart {
  readonly status?: 'open' | 'closed';
  readonly stage?: string;
  readonly rulebookId?: string;
  readonly framework?: string;
  /** Part of the Respondent's name, any case. */
  readonly respondent?: string;
  readonly complainantCountry?: string;
  /** Inclusive bounds on receivedAt (ISO instants). */
  readonly receivedFrom?: string;
  readonly receivedTo?: string;
  readonly sort: { readonly field: CaseSortField; readonly direction: 1 | -1 };
  /** Whose list it is: a Panelist sees the cases they are appointed to, a Party its own case (BBB-4.3.2, BBB-8.5). */
  readonly visibleTo?: { readonly panelistId: string } | { readonly caseId: string };
}

/** What clients see: the read model's _id is storage detail, they know a case by caseId. */
export type CaseSummary = Omit<CaseListDocument, '_id'>;

export class CaseQueries {
  constructor(private readonly store: ReadStore) {}

  /**
   * One page of the list, read from the case list's indexes (see its projection) in sort order and stopped after the
   * page: with `cursor`, the page starts after the row the cursor names (keyset paging, as cheap on page 1,000 as on
   * page 1); without, it skips to `page`. `next` names the page's last row when there is more, on keyset sorts. Nothing
   * is counted unless `count` asks for it. Throws InvalidCursorError for a cursor that does not fit the sort.
   */
  async list(criteria: CaseListCriteria): Promise<KeysetPage<CaseSummary>> {
    return readKeysetPage(this.store.collection<CaseListDocument>(CASES_COLLECTION), {
      filter: caseFilter(criteria),
      sort: criteria.sort,
      // _id, in the sort's direction, breaks ties: pages stay stable, and one index on [field, _id] serves both directions.
      idDirection: criteria.sort.direction,
      keyset: CASE_KEYSET_SORT_FIELDS.includes(criteria.sort.field),
      ...pageStart(criteria),
    });
  }

  /** Closed cases of these rulebooks whose file was not disposed of yet (BBB-8.3), oldest closing first. */
  async closedWithFileKept(rulebookIds: readonly string[], limit: number): Promise<Array<Pick<CaseSummary, 'caseId' | 'rulebook' | 'closure'>>> {
    return this.store
      .collection<CaseListDocument>(CASES_COLLECTION)
      .find({ status: 'closed', fileDisposedAt: null, 'rulebook.id': { $in: [...rulebookIds] } }, { sort: { 'closure.closedAt': 1, _id: 1 }, limit, projection: { _id: 0, caseId: 1, rulebook: 1, closure: 1 } });
  }

  /** Read-only: the row may be the store's own (not a copy), for the caller to send, never to change. */
  async get(caseId: string): Promise<Readonly<CaseSummary> | null> {
    return this.store.collection<CaseListDocument>(CASES_COLLECTION).findOne({ _id: caseId }, { projection: { _id: 0 }, readOnly: true });
  }
}

function caseFilter(criteria: CaseListCriteria): Filter {
  const filter: Filter = {};
  if (criteria.visibleTo) {
    if ('caseId' in criteria.visibleTo) filter._id = criteria.visibleTo.caseId;
    else filter['panelist.panelistId'] = criteria.visibleTo.panelistId;
  }
  if (criteria.status) filter.status = criteria.status;
  if (criteria.stage) filter.stage = criteria.stage;
  if (criteria.rulebookId) filter['rulebook.id'] = criteria.rulebookId;
  if (criteria.framework) filter.framework = criteria.framework;
  if (criteria.respondent) filter['respondent.name'] = containsText(criteria.respondent);
  if (criteria.complainantCountry) filter['complainant.country'] = criteria.complainantCountry;
  if (criteria.receivedFrom || criteria.receivedTo) {
    filter.receivedAt = {
      ...(criteria.receivedFrom ? { $gte: criteria.receivedFrom } : {}),
      ...(criteria.receivedTo ? { $lte: criteria.receivedTo } : {}),
    };
  }
  return filter;
}
