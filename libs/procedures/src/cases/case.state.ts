import type { RulebookRef } from '@pdr/event-sourcing';
import type { Deadlines } from '../deadlines/deadline.state';

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
}

export type CaseState = { readonly status: 'none' } | OpenCase;
