/** An appeal of a closure on this case (VS-5.5(a)): which closure, and where it stands. */
export interface ClosureAppealRecord {
  readonly reason: string;
  readonly rule: string;
  readonly status: 'pending' | 'upheld' | 'granted';
  readonly appealedAt: string;
}
