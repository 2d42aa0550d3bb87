/** A period a rulebook sets, as data: "within fifteen (15) business days of its request" (BBB-2.4b). */
export interface DeadlineRule {
  /** What the deadline is for, in the procedure's terms (information-response, rebuttal, ...). */
  readonly kind: string;
  /** The catalogue rule the period comes from. */
  readonly rule: string;
  readonly count: number;
  readonly unit: 'business-days' | 'calendar-days';
  /**
   * The administrator may extend this period for good cause (BBB-4.5.4, VS-8.4a: late filings meant for the Panelist
   * or hearing officer). Absent: the rules give no extension, and one asked for is refused.
   */
  readonly extendable?: true;
}

/** Why and under which rule a case closes (BBB-6's eleven reasons; VeraSafe's outcomes). */
export interface ClosureRule {
  readonly reason: string;
  readonly rule: string;
  readonly label: string;
}

/** A notice the rules require, by kind and the rule requiring it. */
export interface NoticeRule {
  readonly kind: string;
  readonly rule: string;
}
