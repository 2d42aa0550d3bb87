/** A Hearing Decision on the case (VS-8.4(c)) or an Appellate Hearing's (VS-9.4): who decided, under which rule, and how. */
export interface HearingDecisionRecord {
  readonly rule: string;
  readonly officerId: string;
  readonly outcome: 'reparation-order' | 'no-action-taken';
  readonly issuedAt: string;
}
