/** Who may act in the system. The procedure's own words for the people involved. */
export const ROLES = [
  'complainant',
  'respondent',
  'representative',
  'case-manager',
  'administrator',
  'panelist',
  'hearing-officer',
  'compliance-officer',
  'reporting',
  'system',
] as const;
export type Role = (typeof ROLES)[number];

export interface RulebookRef {
  readonly id: string;
  readonly version: string;
}

/** Stored with every event: who did it, why, and under which rulebook. */
export interface EventMetadata {
  readonly actorId: string;
  readonly actorRole: Role;
  /** Groups every event caused by one user request or one timer firing. */
  readonly correlationId: string;
  /** The event or command id that directly caused this event. */
  readonly causationId: string;
  readonly rulebook?: RulebookRef;
  /** With an idempotency key: a digest of the request (route and body), so a key reused for another request is caught. */
  readonly requestFingerprint?: string;
  /**
   * Which fields of `data` are stored encrypted, and under whose data key: concrete path (`complainant.name`,
   * `outcomesSought.0`) to key subject (`case:<id>:complainant`). Written by the store's protection, never by a decider.
   */
  readonly protected?: Readonly<Record<string, string>>;
}
