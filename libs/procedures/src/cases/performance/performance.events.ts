import type { DomainEvent } from '@pdr/event-sourcing';

/**
 * VS-12.1: the administrator was satisfied that the undertaking (`settlement`, `reparation-order`: the rulebook's ids)
 * was performed, and what it verified; the notices to the Parties and the closure follow.
 */
export type PerformanceConfirmed = DomainEvent<
  'PerformanceConfirmed',
  { readonly caseId: string; readonly rule: string; readonly undertaking: string; readonly verified: string; readonly verifiedBy: string; readonly confirmedAt: string }
>;

/**
 * VS-12.2: the Respondent failed to perform the undertaking, as the administrator found it (`details`); the matter noted
 * for the next report (`NotedForReport`, when the rulebook notes it) and the referral question follow.
 */
export type NonPerformanceRecorded = DomainEvent<
  'NonPerformanceRecorded',
  { readonly caseId: string; readonly rule: string; readonly undertaking: string; readonly details: string; readonly recordedBy: string; readonly recordedAt: string }
>;

export type PerformanceEvent = PerformanceConfirmed | NonPerformanceRecorded;

export const PERFORMANCE_EVENT_TYPES: readonly PerformanceEvent['type'][] = ['PerformanceConfirmed', 'NonPerformanceRecorded'];
