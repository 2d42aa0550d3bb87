import type { RelationshipKind } from './panelist.events';

export interface EnrolPanelist {
  readonly kind: 'EnrolPanelist';
  readonly panelistId: string;
  readonly name: string;
  readonly email: string;
  readonly employer: string;
  readonly employerCompetitors?: readonly string[];
  readonly affiliations?: readonly string[];
  readonly qualifications?: readonly string[];
  readonly confidentialityAgreementSignedOn: string;
  /** When the command is issued: the decider's only notion of "now". */
  readonly issuedAt: string;
}

export interface DeclareRelationship {
  readonly kind: 'DeclareRelationship';
  readonly panelistId: string;
  readonly with: string;
  readonly businessId?: string;
  readonly relationshipKind: RelationshipKind;
  readonly description: string;
  readonly issuedAt: string;
}

export interface WithdrawPanelist {
  readonly kind: 'WithdrawPanelist';
  readonly panelistId: string;
  readonly reason: string;
  readonly issuedAt: string;
}

export type PanelistCommand = EnrolPanelist | DeclareRelationship | WithdrawPanelist;
