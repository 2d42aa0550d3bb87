import type { ProjectionStatus } from '@pdr/read-side';

/** What /health shows of a quarantined event: enough to find it in the log, never its data. */
export interface QuarantineNotice {
  readonly projection: string;
  readonly eventId: string;
  readonly type: string;
  readonly error: string;
}

/**
 * The projections' state for /health. `degraded`: every projection keeps up with the log, but some events are
 * quarantined, so some read models miss them until they are retried after a fix.
 */
export interface ProjectionsReport {
  readonly status: 'ok' | 'degraded';
  readonly headPosition: number;
  readonly projections: (ProjectionStatus & { behind: number; rebuilding: boolean })[];
  readonly quarantined: QuarantineNotice[];
  /** Set when the quarantine could not be read (the read store failing): the list above may then be incomplete. */
  readonly quarantineError?: string;
}

/** Whether every projection has reached the head the log had when the service started; names and counts only. */
export interface ProjectionsReadiness {
  readonly ready: boolean;
  /** The log's head at start; null before the projections started. */
  readonly headAtStart: number | null;
  /** Projections still short of it, and by how many positions (null: not started yet). */
  readonly behind: { readonly projection: string; readonly positions: number | null }[];
  /** Every projection has caught up, and the read models' indexes are being built (no query then pays for a sort). */
  readonly buildingIndexes?: true;
}
