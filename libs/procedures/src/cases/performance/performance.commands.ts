/** VS-12.1: the administrator is satisfied that the undertaking monitored now was performed; `verified` says what it checked. */
export interface ConfirmPerformance {
  readonly kind: 'ConfirmPerformance';
  readonly caseId: string;
  readonly verified: string;
  readonly verifiedBy: string;
  readonly issuedAt: string;
}

/** VS-12.2: the administrator finds that the Respondent failed to perform the undertaking monitored now; `details` says how. */
export interface RecordNonPerformance {
  readonly kind: 'RecordNonPerformance';
  readonly caseId: string;
  readonly details: string;
  readonly recordedBy: string;
  readonly issuedAt: string;
}

export type PerformanceCommand = ConfirmPerformance | RecordNonPerformance;

export const PERFORMANCE_COMMAND_KINDS: readonly PerformanceCommand['kind'][] = ['ConfirmPerformance', 'RecordNonPerformance'];
