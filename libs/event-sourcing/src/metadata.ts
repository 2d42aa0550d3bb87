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
   * Which fields of `data` are stored sealed, per data key (`case:<id>:complainant`): their concrete paths
   * (`complainant.name`, `outcomesSought.0`) and their values sealed together. Written by the store's protection,
   * never by a decider; `data` holds `[sealed]` in their place.
   */
  readonly sealed?: Readonly<Record<string, SealedFields>>;
}

/** One data key's fields of an event: where they are in `data`, and their values, in that order, sealed as one. */
export interface SealedFields {
  readonly paths: readonly string[];
  readonly value: string;
}
