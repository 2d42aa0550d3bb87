import type { Role } from '@pdr/event-sourcing';

/**
 * Who a test acts as. The harness turns an actor into a real account (opened by the first administrator through the
 * API, or a Party invited to the case a request addresses) and signs it in through the embedded OpenID provider:
 * every request carries a real, verified access token.
 */
export interface Actor {
  readonly role: Role;
  /** The account's name; for a Panelist or hearing officer, their Board id (a UUID, or a name mapped to one). */
  readonly id: string;
  /** A Party's case; defaults to the case the request addresses. */
  readonly caseId?: string;
  /** A representative's side. */
  readonly side?: 'complainant' | 'respondent';
}

export const actor = (role: Role, id: string = role, extra: Partial<Actor> = {}): Actor => ({ role, id, ...extra });

export const ADMIN = actor('administrator', 'admin');
export const STAFF = actor('case-manager', 'staff-17');
export const COMPLIANCE = actor('compliance-officer', 'audit-1');
