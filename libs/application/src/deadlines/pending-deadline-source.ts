/** A running deadline of a case, as the reconciler needs it. */
export interface PendingCaseDeadline {
  readonly caseId: string;
  readonly businessId?: undefined;
  readonly deadlineId: string;
  readonly dueAt: string;
}

/** A running deadline on a business's own stream (enrolment: self-certification, a certification's renewal). */
export interface PendingBusinessDeadline {
  readonly businessId: string;
  readonly caseId?: undefined;
  readonly deadlineId: string;
  readonly dueAt: string;
}

/** A running deadline as the reconciler needs it: on a case's stream or on a business's. */
export type PendingDeadline = PendingCaseDeadline | PendingBusinessDeadline;

/** Where a page of running deadlines starts: after this one, in the sources' order (due time, then key). */
export interface PendingDeadlineCursor {
  readonly dueAt: string;
  /** {@link pendingDeadlineKey} of the last deadline of the previous page. */
  readonly key: string;
}

export interface PendingDeadlineOptions {
  /** Due at or before this instant. */
  readonly dueBy?: string;
  readonly limit?: number;
  /** Only deadlines after this one (keyset paging: the reconciler reads the list a page at a time). */
  readonly after?: PendingDeadlineCursor;
}

/** Where the running deadlines are listed (the pending-deadlines read model), earliest first, ties by key. */
export interface PendingDeadlineSource {
  pending(options?: PendingDeadlineOptions): Promise<PendingDeadline[]>;
}

/** The stream a pending deadline lives on, as one key (for logs, loop guards and the order of ties). */
export const pendingDeadlineKey = (deadline: PendingDeadline): string =>
  deadline.businessId !== undefined ? `business/${deadline.businessId}/${deadline.deadlineId}` : `${deadline.caseId}/${deadline.deadlineId}`;

/** The sources' order: due time, then key. */
function byDueThenKey(a: PendingDeadline, b: PendingDeadline): number {
  if (a.dueAt !== b.dueAt) return a.dueAt < b.dueAt ? -1 : 1;
  const ka = pendingDeadlineKey(a);
  const kb = pendingDeadlineKey(b);
  return ka < kb ? -1 : ka > kb ? 1 : 0;
}

/** Whether `deadline` comes after the cursor in the sources' order. */
function isAfter(deadline: PendingDeadline, cursor: PendingDeadlineCursor): boolean {
  return deadline.dueAt > cursor.dueAt || (deadline.dueAt === cursor.dueAt && pendingDeadlineKey(deadline) > cursor.key);
}

/** A source over a list held in memory (tests, benchmarks): sorted once per list, each page found by binary search. */
export function pendingDeadlinesIn(list: () => readonly PendingDeadline[]): PendingDeadlineSource {
  let source: readonly PendingDeadline[] | undefined;
  let sorted: PendingDeadline[] = [];
  return {
    async pending(options = {}) {
      const current = list();
      if (current !== source) [source, sorted] = [current, [...current].sort(byDueThenKey)];
      let lo = 0;
      let hi = sorted.length;
      while (options.after && lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (isAfter(sorted[mid]!, options.after)) hi = mid;
        else lo = mid + 1;
      }
      const out: PendingDeadline[] = [];
      for (let i = lo; i < sorted.length && out.length < (options.limit ?? Infinity); i++) {
        if (options.dueBy && sorted[i]!.dueAt > options.dueBy) break;
        out.push(sorted[i]!);
      }
      return out;
    },
  };
}

/** Several sources as one, earliest first across them (cases' deadlines and businesses'). */
export function mergedPendingDeadlines(...sources: readonly PendingDeadlineSource[]): PendingDeadlineSource {
  return {
    async pending(options = {}) {
      const lists = await Promise.all(sources.map((source) => source.pending(options)));
      const merged = lists.flat().sort(byDueThenKey);
      return options.limit ? merged.slice(0, options.limit) : merged;
    },
  };
}
