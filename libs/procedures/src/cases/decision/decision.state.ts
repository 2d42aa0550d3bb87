import type { DecisionCorrectiveAction, DecisionDocument, DecisionParty } from './decision.events';

/** The Decision and what followed it: the corrective action in force, deliveries, the Respondent's statement, a claim of impossibility, and performance. */
export interface DecisionState {
  readonly panelistId: string;
  readonly issuedAt: string;
  readonly correctiveActionNecessary: boolean;
  /** The corrective action in force (the latest amendment's). */
  readonly correctiveAction?: DecisionCorrectiveAction;
  readonly amendments: number;
  readonly documents: Readonly<Partial<Record<DecisionDocument, { readonly sentAt: string; readonly deliveredAt?: string }>>>;
  readonly intentStatedAt?: string;
  readonly impossibility?: { readonly party: DecisionParty; readonly status: 'claimed' | 'evidence-sought' | 'confirmed' | 'rejected' };
  readonly noticeOfIntentIssued: boolean;
  readonly flaggedForPublication: boolean;
  readonly certified: boolean;
  readonly verified: boolean;
}
