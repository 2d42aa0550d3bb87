import type { RelationshipKind } from './panelist.events';

/** What selection needs to know of a Panelist: the read model's profile, or any other source of the same facts. */
export interface PanelistProfile {
  readonly panelistId: string;
  readonly employer: string;
  readonly employerCompetitors?: readonly string[];
  readonly affiliations: readonly string[];
  readonly relationships: readonly { readonly with: string; readonly businessId?: string; readonly kind: RelationshipKind }[];
  /** YYYY-MM-DD; absent or empty: no signed agreement, so the Panelist cannot serve (BBB-4.2). */
  readonly confidentialityAgreementSignedOn?: string;
  /** Credentials as the Board records them (CIPP, JD, …), checked against a rulebook's qualifications; absent: none known. */
  readonly qualifications?: readonly string[];
  /** False once withdrawn from the Board; absent counts as active. */
  readonly active?: boolean;
}
