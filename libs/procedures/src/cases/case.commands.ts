import type { Channel } from '../shared/channels';
import type { Complainant, Respondent } from './case.events';

export interface FileComplaint {
  readonly kind: 'FileComplaint';
  readonly caseId: string;
  readonly rulebookId: string;
  /** Omit under a rulebook with a single framework. */
  readonly framework?: string;
  readonly receivedAt: string;
  readonly channel: Channel;
  readonly contactId?: string;
  readonly complainant: Complainant;
  readonly respondent: Respondent;
  readonly allegation: string;
  readonly outcomesSought: readonly string[];
  readonly issuedAt: string;
}

export interface VerifyComplainantIdentity {
  readonly kind: 'VerifyComplainantIdentity';
  readonly caseId: string;
  readonly method: string;
  readonly issuedAt: string;
}

export type CaseCommand = FileComplaint | VerifyComplainantIdentity;
