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

/** Where the running deadlines are listed (the pending-deadlines read model), earliest first. */
export interface PendingDeadlineSource {
  pending(options?: { dueBy?: string; limit?: number }): Promise<PendingDeadline[]>;
}

/** The stream a pending deadline lives on, as one key (for logs and loop guards). */
export const pendingDeadlineKey = (deadline: PendingDeadline): string =>
  deadline.businessId !== undefined ? `business/${deadline.businessId}/${deadline.deadlineId}` : `${deadline.caseId}/${deadline.deadlineId}`;

/** Several sources as one, earliest first across them (cases' deadlines and businesses'). */
export function mergedPendingDeadlines(...sources: readonly PendingDeadlineSource[]): PendingDeadlineSource {
  return {
    async pending(options = {}) {
      const lists = await Promise.all(sources.map((source) => source.pending(options)));
      const merged = lists.flat().sort((a, b) => (a.dueAt < b.dueAt ? -1 : a.dueAt > b.dueAt ? 1 : pendingDeadlineKey(a) < pendingDeadlineKey(b) ? -1 : 1));
      return options.limit ? merged.slice(0, options.limit) : merged;
    },
  };
}
