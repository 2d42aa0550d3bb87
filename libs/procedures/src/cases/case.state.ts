import type { RulebookRef } from '@pdr/event-sourcing';
import type { Deadlines } from '../deadlines/deadline.state';

/** Where a case stands in its procedure. Later stages are added as the procedures are modelled. */
export type CaseStage = 'eligibility-review' | 'awaiting-information' | 'closed';

export interface OpenCase {
  readonly status: 'open' | 'closed';
  readonly caseId: string;
  readonly rulebook: RulebookRef;
  readonly stage: CaseStage;
  readonly receivedAt: string;
  readonly identityVerified: boolean;
  readonly deadlines: Deadlines;
  readonly noticesSent: number;
  readonly closure?: { readonly reason: string; readonly rule: string };
}

export type CaseState = { readonly status: 'none' } | OpenCase;
