import type { RulebookRef } from '@pdr/event-sourcing';
import type { Deadlines } from '../deadlines/deadline.state';
import type { ConciliationState } from './conciliation/conciliation.state';
import type { HearingState } from './hearing/hearing.state';

/**
 * Where a case stands in its procedure: 'eligibility-review', 'awaiting-information', 'closed', and the stages
 * each rulebook names (a docketed BBB case enters 'conciliation').
 */
export type CaseStage = string;

export interface OpenCase {
  readonly status: 'open' | 'closed';
  readonly caseId: string;
  readonly rulebook: RulebookRef;
  readonly stage: CaseStage;
  readonly receivedAt: string;
  readonly identityVerified: boolean;
  readonly deadlines: Deadlines;
  readonly noticesSent: number;
  readonly respondentBusinessId?: string;
  /** Eligibility findings by condition id: the latest finding counts. */
  readonly findings: Readonly<Record<string, { readonly met: boolean }>>;
  readonly docketed: boolean;
  readonly acknowledgements: readonly ('complainant' | 'respondent')[];
  readonly representatives: Readonly<Partial<Record<'complainant' | 'respondent', { readonly name: string; readonly email: string }>>>;
  readonly closure?: { readonly reason: string; readonly rule: string };
  /** Conciliation and Settlement (BBB Part 3) and the Settlement's performance (BBB Part 5). */
  readonly conciliation: ConciliationState;
  /** The written phase of the Data Privacy Hearing (BBB-4.1, BBB-4.4); absent until a hearing is requested. */
  readonly hearing?: HearingState;
}

export type CaseState = { readonly status: 'none' } | OpenCase;
