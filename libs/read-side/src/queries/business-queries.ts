import type { Filter, PendingBusinessDeadline, PendingDeadlineOptions, PendingDeadlineSource, ReadStore } from '@pdr/application';
import { pendingDeadlinePage } from './pending-deadline-page';
import { findProgramme, type ParticipationPeriod, participationInTracks, type ParticipationStatus, PROGRAMME_IDS, programmeIdOf } from '@pdr/procedures';
import {
  BUSINESS_PENDING_DEADLINES_COLLECTION,
  BUSINESSES_COLLECTION,
  type BusinessDeadlineDocument,
  type BusinessPendingDeadlineDocument,
  type BusinessDocument,
  type CertificationPeriodDocument,
  type EnrolmentDocument,
} from '../projections/business-registry.projection';
import { containsText, type Page, type Paging } from './page';

export interface BusinessListCriteria extends Paging {
  /** Part of the legal name or of an alias, any case. */
  readonly name?: string;
  readonly program?: string;
  /** Only businesses whose participation (in `program`, or in any program) was current at this ISO instant. */
  readonly currentAt?: string;
}

/**
 * Where an enrolment stands (issue 12, item 5): under review by staff, waiting on the business's answer to a request,
 * accepted and waiting on its self-certification (or past the period for it), participating (some framework
 * certified and current), or not in good standing (every framework certified has lapsed).
 */
export type EnrolmentStage = 'under-review' | 'awaiting-information' | 'awaiting-self-certification' | 'self-certification-overdue' | 'participating' | 'not-in-good-standing';

export interface EnrolmentProgress {
  readonly programmeId: string;
  readonly stage: EnrolmentStage;
  /** Who the next step waits on. */
  readonly waitingOn: 'staff' | 'business';
  readonly appliedAt: string;
  readonly acceptedAt?: string;
}

/** Good standing in one framework of one programme as the registry last recorded it (CASRO-4: frameworks separate). */
export interface FrameworkStanding {
  readonly programmeId: string;
  readonly framework: string;
  readonly current: boolean;
  readonly since?: string;
  readonly lapsedAt?: string;
  readonly renewalDueOn?: string;
  readonly renewalDueAt?: string;
}

export type NextDeadline = Pick<BusinessDeadlineDocument, 'deadlineId' | 'programmeId' | 'framework' | 'kind' | 'rule' | 'dueOn' | 'dueAt'>;

/** What clients see: the read model's _id and search key are storage detail; stage, standing and next deadline derived. */
export type BusinessSummary = Omit<BusinessDocument, '_id' | 'searchName' | 'enrolments'> & {
  readonly enrolments: (EnrolmentDocument & { readonly stage: EnrolmentStage; readonly waitingOn: 'staff' | 'business' })[];
  readonly standing: FrameworkStanding[];
  readonly nextDeadline?: NextDeadline;
};

/** A self-certification due within the horizon or lapsed (CASRO-4), one row per business, programme and framework. */
export interface CertificationDue {
  readonly businessId: string;
  readonly legalName: string;
  readonly programmeId: string;
  /** Absent for the first self-certification after acceptance, which names no framework yet. */
  readonly framework?: string;
  readonly status: 'due' | 'lapsed' | 'self-certification-due' | 'self-certification-overdue';
  readonly dueOn: string;
  readonly dueAt: string;
  readonly lapsedAt?: string;
}

const byTime = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The certification periods of one programme, per framework, oldest first. */
function certificationTracks(certifications: readonly CertificationPeriodDocument[], programmeId: string): Map<string, CertificationPeriodDocument[]> {
  const tracks = new Map<string, CertificationPeriodDocument[]>();
  for (const period of certifications.filter((p) => p.programmeId === programmeId)) tracks.set(period.framework, [...(tracks.get(period.framework) ?? []), period]);
  return tracks;
}

const asPeriod = (period: CertificationPeriodDocument): ParticipationPeriod => ({
  from: period.from,
  ...(period.until ? { until: period.until } : {}),
  ...(period.lapseReason ? { lapseReason: period.lapseReason } : {}),
  frameworks: [period.framework],
  renewals: period.renewals.map((renewal) => ({ at: renewal.at, frameworks: [period.framework] })),
});

function enrolmentProgress(document: Pick<BusinessDocument, 'certifications' | 'deadlines'>, enrolment: EnrolmentDocument): { stage: EnrolmentStage; waitingOn: 'staff' | 'business' } {
  if (!enrolment.acceptedAt) return enrolment.openRequests > 0 ? { stage: 'awaiting-information', waitingOn: 'business' } : { stage: 'under-review', waitingOn: 'staff' };
  const tracks = [...certificationTracks(document.certifications, enrolment.programmeId).values()];
  if (tracks.some((periods) => periods.at(-1)?.until === undefined)) return { stage: 'participating', waitingOn: 'business' };
  if (tracks.length > 0) return { stage: 'not-in-good-standing', waitingOn: 'business' };
  const selfCertification = document.deadlines.filter((d) => d.programmeId === enrolment.programmeId && d.framework === undefined).at(-1);
  return { stage: selfCertification?.status === 'lapsed' ? 'self-certification-overdue' : 'awaiting-self-certification', waitingOn: 'business' };
}

function standingOf(document: Pick<BusinessDocument, 'participation' | 'certifications'>): FrameworkStanding[] {
  const standing: FrameworkStanding[] = [];
  // Participation recorded by staff: the open period's frameworks (as last renewed) are current.
  for (const period of document.participation.filter((p) => p.until === undefined)) {
    const frameworks = period.renewals.at(-1)?.frameworks ?? period.frameworks;
    for (const framework of frameworks) standing.push({ programmeId: period.program, framework, current: true, since: period.from });
  }
  for (const programmeId of new Set(document.certifications.map((p) => p.programmeId))) {
    for (const [framework, periods] of certificationTracks(document.certifications, programmeId)) {
      const last = periods.at(-1)!;
      standing.push(
        last.until === undefined
          ? { programmeId, framework, current: true, since: last.from, renewalDueOn: last.renewalDueOn, renewalDueAt: last.renewalDueAt }
          : { programmeId, framework, current: false, lapsedAt: last.until, renewalDueOn: last.renewalDueOn, renewalDueAt: last.renewalDueAt },
      );
    }
  }
  return standing;
}

/** The read model's row as clients see it. */
export function businessSummary(document: Omit<BusinessDocument, '_id' | 'searchName'>): BusinessSummary {
  const { enrolments = {}, certifications = [], deadlines = [], ...rest } = document;
  const withDefaults = { ...rest, certifications, deadlines };
  const next = deadlines.filter((d) => d.status === 'pending').sort((a, b) => byTime(a.dueAt, b.dueAt))[0];
  return {
    ...withDefaults,
    enrolments: Object.values(enrolments).map((enrolment) => ({ ...enrolment, ...enrolmentProgress(withDefaults, enrolment) })),
    standing: standingOf(withDefaults),
    ...(next ? { nextDeadline: { deadlineId: next.deadlineId, programmeId: next.programmeId, ...(next.framework ? { framework: next.framework } : {}), kind: next.kind, rule: next.rule, dueOn: next.dueOn, dueAt: next.dueAt } } : {}),
  };
}

export class BusinessQueries {
  constructor(private readonly store: ReadStore) {}

  async list(criteria: BusinessListCriteria): Promise<Page<BusinessSummary>> {
    const filter = businessFilter(criteria);
    const businesses = this.store.collection<BusinessDocument>(BUSINESSES_COLLECTION);
    const [items, total] = await Promise.all([
      businesses.find(filter, {
        sort: { searchName: 1, _id: 1 },
        skip: (criteria.page - 1) * criteria.pageSize,
        limit: criteria.pageSize,
        projection: { _id: 0, searchName: 0 },
      }),
      businesses.count(filter),
    ]);
    return { items: items.map(businessSummary), page: criteria.page, pageSize: criteria.pageSize, total };
  }

  async get(businessId: string): Promise<BusinessSummary | null> {
    const found = await this.document(businessId);
    return found ? businessSummary(found) : null;
  }

  /** BBB-2.3 / CASRO-4 as the registry's read model knows it (staff's participation and each framework's certification); null for an unknown business. */
  async participationAt(businessId: string, program: string, instant: string): Promise<ParticipationStatus | null> {
    const business = await this.document(businessId);
    if (!business) return null;
    const programmeId = programmeIdOf(program);
    const certified = [...certificationTracks(business.certifications ?? [], programmeId).values()].map((periods) => periods.map(asPeriod));
    return participationInTracks([business.participation.filter((period) => period.program === programmeId), ...certified], instant);
  }

  /** Applications whose next step is staff's (CASRO-2, CASRO-3): applied, not accepted, no request for information open. */
  async awaitingStaff(paging: Paging): Promise<Page<BusinessSummary>> {
    const programmes = PROGRAMME_IDS.filter((id) => findProgramme(id)?.enrolment);
    const filter: Filter = {
      $or: programmes.map((id) => ({ [`enrolments.${id}.appliedAt`]: { $exists: true }, [`enrolments.${id}.acceptedAt`]: { $exists: false }, [`enrolments.${id}.openRequests`]: 0 })),
    };
    const businesses = this.store.collection<BusinessDocument>(BUSINESSES_COLLECTION);
    const [items, total] = await Promise.all([
      businesses.find(filter, { sort: { searchName: 1, _id: 1 }, skip: (paging.page - 1) * paging.pageSize, limit: paging.pageSize, projection: { _id: 0, searchName: 0 } }),
      businesses.count(filter),
    ]);
    return { items: items.map(businessSummary), page: paging.page, pageSize: paging.pageSize, total };
  }

  /**
   * CASRO-4: self-certifications due by `horizon` (a renewal of a current certification, or the first one after
   * acceptance) and those lapsed and not current again, earliest due first.
   */
  async certificationsDue(horizon: string, paging: Paging): Promise<Page<CertificationDue>> {
    // Due on or before the horizon's date: "within 30 days" counts days, not instants.
    const by = new Date(horizon).toISOString().slice(0, 10);
    const candidates = await this.store.collection<BusinessDocument>(BUSINESSES_COLLECTION).find(
      {
        $or: [
          { certifications: { $elemMatch: { until: { $exists: false }, renewalDueOn: { $lte: by } } } },
          { certifications: { $elemMatch: { until: { $exists: true } } } },
          { deadlines: { $elemMatch: { framework: { $exists: false } } } },
        ],
      },
      { sort: { searchName: 1, _id: 1 }, projection: { _id: 0, searchName: 0 } },
    );
    const rows: CertificationDue[] = [];
    for (const business of candidates) {
      const { businessId, legalName } = business;
      const certifications = business.certifications ?? [];
      for (const programmeId of new Set(certifications.map((p) => p.programmeId))) {
        for (const [framework, periods] of certificationTracks(certifications, programmeId)) {
          const last = periods.at(-1)!;
          if (last.until !== undefined) rows.push({ businessId, legalName, programmeId, framework, status: 'lapsed', dueOn: last.renewalDueOn, dueAt: last.renewalDueAt, lapsedAt: last.until });
          else if (last.renewalDueOn <= by) rows.push({ businessId, legalName, programmeId, framework, status: 'due', dueOn: last.renewalDueOn, dueAt: last.renewalDueAt });
        }
      }
      // The first self-certification after acceptance, while none has been recorded.
      for (const deadline of (business.deadlines ?? []).filter((d) => d.framework === undefined && !certifications.some((p) => p.programmeId === d.programmeId))) {
        if (deadline.status === 'pending' && deadline.dueOn <= by) rows.push({ businessId, legalName, programmeId: deadline.programmeId, status: 'self-certification-due', dueOn: deadline.dueOn, dueAt: deadline.dueAt });
        if (deadline.status === 'lapsed') rows.push({ businessId, legalName, programmeId: deadline.programmeId, status: 'self-certification-overdue', dueOn: deadline.dueOn, dueAt: deadline.dueAt });
      }
    }
    rows.sort((a, b) => byTime(a.dueAt, b.dueAt) || byTime(a.businessId, b.businessId) || byTime(a.framework ?? '', b.framework ?? ''));
    const start = (paging.page - 1) * paging.pageSize;
    return { items: rows.slice(start, start + paging.pageSize), page: paging.page, pageSize: paging.pageSize, total: rows.length };
  }

  /** The pending deadlines on businesses' streams, earliest first (for the deadline engine). */
  /** The running deadlines on businesses' streams, a page at a time (the deadline engine's source). */
  pendingDeadlines(options: PendingDeadlineOptions = {}): Promise<PendingBusinessDeadline[]> {
    return pendingDeadlinePage(this.store.collection<BusinessPendingDeadlineDocument>(BUSINESS_PENDING_DEADLINES_COLLECTION), ['businessId', 'deadlineId', 'dueAt'], options);
  }

  private document(businessId: string): Promise<Omit<BusinessDocument, '_id' | 'searchName'> | null> {
    return this.store.collection<BusinessDocument>(BUSINESSES_COLLECTION).findOne({ _id: businessId }, { projection: { _id: 0, searchName: 0 } });
  }
}

/** The deadlines on businesses' own streams, for the shared deadline engine (reconciler, controllable clock). */
export class BusinessDeadlineSource implements PendingDeadlineSource {
  private readonly queries: BusinessQueries;

  constructor(store: ReadStore) {
    this.queries = new BusinessQueries(store);
  }

  pending(options?: PendingDeadlineOptions): Promise<PendingBusinessDeadline[]> {
    return this.queries.pendingDeadlines(options);
  }
}

function businessFilter(criteria: BusinessListCriteria): Filter {
  const filter: Filter = {};
  if (criteria.name) filter.$or = [{ searchName: containsText(criteria.name.toLowerCase()) }, { aliases: containsText(criteria.name) }];
  if (criteria.program) filter.programs = criteria.program;
  if (criteria.currentAt) {
    // Stored instants are canonical (toISOString), so string order is time order.
    const at = new Date(criteria.currentAt).toISOString();
    const during = { from: { $lte: at }, $or: [{ until: { $exists: false } }, { until: { $gt: at } }] };
    // Current by participation staff recorded, or by a framework's self-certification (CASRO-4).
    const current = [
      { participation: { $elemMatch: { ...(criteria.program ? { program: criteria.program } : {}), ...during } } },
      { certifications: { $elemMatch: { ...(criteria.program ? { programmeId: criteria.program } : {}), ...during } } },
    ];
    if (filter.$or) filter.$and = [{ $or: filter.$or }, { $or: current }];
    else filter.$or = current;
    if (filter.$and) delete filter.$or;
  }
  return filter;
}
