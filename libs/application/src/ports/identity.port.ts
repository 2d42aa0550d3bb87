import type { Role } from '@pdr/event-sourcing';

/** One side of one case, for a Party's credential (BBB-8.5). */
export interface CaseBinding {
  readonly caseId: string;
  readonly side: 'complainant' | 'respondent';
}

/** Who a verified access token says is calling. Nothing a client writes elsewhere in a request changes it. */
export interface Principal {
  /** The token's subject: the account (or service client) id. */
  readonly subject: string;
  readonly roles: readonly Role[];
  /** The Board member a Panelist or hearing officer is (BBB-4.2). */
  readonly panelistId?: string;
  /** The case and side a Party or its representative acts on. */
  readonly case?: CaseBinding;
  /** When the token stops being accepted (epoch seconds). */
  readonly expiresAt: number;
}

/** The claims a token carries its grants in; configurable because every provider names them its own way. */
export interface ClaimNames {
  readonly roles: string;
  readonly panelist: string;
  readonly caseId: string;
  readonly side: string;
}

export const DEFAULT_CLAIM_NAMES: ClaimNames = { roles: 'roles', panelist: 'panelist_id', caseId: 'case_id', side: 'case_side' };

/** The token could not be trusted: 401. The reason is for the log and the client, and never holds the token. */
export class AuthenticationError extends Error {
  constructor(readonly reason: string) {
    super(reason);
    this.name = 'AuthenticationError';
  }
}

/** Identity port: verifies a bearer access token (signature, issuer, audience, expiry) and reads its grants. */
export interface IdentityVerifier {
  verify(token: string): Promise<Principal>;
}
