/** The roles an account can hold. `system` is not among them: it exists only inside the process (deadline timers). */
export const ACCOUNT_ROLES = ['administrator', 'case-manager', 'panelist', 'hearing-officer', 'compliance-officer', 'reporting', 'complainant', 'respondent', 'representative'] as const;
export type AccountRole = (typeof ACCOUNT_ROLES)[number];

export const ACCOUNT_KINDS = ['person', 'service'] as const;
export type AccountKind = (typeof ACCOUNT_KINDS)[number];

export const PARTY_SIDES = ['complainant', 'respondent'] as const;
export type PartySide = (typeof PARTY_SIDES)[number];

/** The roles that act for a Party on one case, on one side (BBB-2.5, BBB-8.5). */
export const PARTY_ROLES: readonly AccountRole[] = ['complainant', 'respondent', 'representative'];
/** The roles that act on the cases they are appointed to. */
export const ADJUDICATOR_ROLES: readonly AccountRole[] = ['panelist', 'hearing-officer'];

/** What an account is bound to: a Board member's record, or one side of one case. */
export type AccountBinding =
  | { readonly kind: 'panelist'; readonly panelistId: string }
  | { readonly kind: 'party'; readonly caseId: string; readonly side: PartySide };
