/** A running deadline as the reconciler needs it. */
export interface PendingDeadline {
  readonly caseId: string;
  readonly deadlineId: string;
  readonly dueAt: string;
}

/** Where the running deadlines are listed (the pending-deadlines read model), earliest first. */
export interface PendingDeadlineSource {
  pending(options?: { dueBy?: string; limit?: number }): Promise<PendingDeadline[]>;
}
