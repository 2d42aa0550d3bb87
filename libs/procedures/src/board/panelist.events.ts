import type { DomainEvent } from '@pdr/event-sourcing';

/** What ties a Panelist to a business or person (BBB-4.2.1 "relationship, business, employment or representation"). */
export const RELATIONSHIP_KINDS = ['business', 'employment', 'representation', 'other'] as const;
export type RelationshipKind = (typeof RELATIONSHIP_KINDS)[number];

/** BBB-4.2: a privacy expert joins the Data Privacy Board, having signed the confidentiality agreement. */
export type PanelistEnrolled = DomainEvent<
  'PanelistEnrolled',
  {
    readonly panelistId: string;
    readonly name: string;
    readonly email: string;
    readonly employer: string;
    /** Businesses the employer itself names as its direct competitors (BBB-4.2.1, seen from the Panelist's side). */
    readonly employerCompetitors: readonly string[];
    /** Organisations the Panelist or the employer is affiliated with. */
    readonly affiliations: readonly string[];
    /** e.g. CIPP, CIPM, JD, bar-license (what VS-8.3 asks of a hearing officer). */
    readonly qualifications: readonly string[];
    /** YYYY-MM-DD. */
    readonly confidentialityAgreementSignedOn: string;
  }
>;

/** BBB-4.2.1: a tie the Panelist declares, checked against the Parties of every Case they might hear. */
export type PanelistRelationshipDeclared = DomainEvent<
  'PanelistRelationshipDeclared',
  {
    readonly panelistId: string;
    /** A business or person name. */
    readonly with: string;
    /** When the tie is to a business whose id is known: matched against the Respondent's business id. */
    readonly businessId?: string;
    readonly kind: RelationshipKind;
    readonly description: string;
  }
>;

/** The Panelist leaves the Board: never selected again; past Cases keep their record. */
export type PanelistWithdrawnFromBoard = DomainEvent<'PanelistWithdrawnFromBoard', { readonly panelistId: string; readonly reason: string; readonly withdrawnAt: string }>;

export type PanelistEvent = PanelistEnrolled | PanelistRelationshipDeclared | PanelistWithdrawnFromBoard;
