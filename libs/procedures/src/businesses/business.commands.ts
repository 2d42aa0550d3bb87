import type { LapseReason } from './business.events';
import type { EnrolmentCommand } from './enrolment.commands';

export interface RegisterBusiness {
  readonly kind: 'RegisterBusiness';
  readonly businessId: string;
  readonly legalName: string;
  readonly aliases?: readonly string[];
  readonly website?: string;
  readonly country: 'US';
  readonly programs?: readonly string[];
  /** When the command is issued: the decider's only notion of "now". */
  readonly issuedAt: string;
}

export interface BeginParticipation {
  readonly kind: 'BeginParticipation';
  readonly businessId: string;
  readonly program: string;
  readonly effectiveFrom: string;
  readonly frameworks: readonly string[];
  readonly issuedAt: string;
}

export interface RecordParticipationRenewal {
  readonly kind: 'RecordParticipationRenewal';
  readonly businessId: string;
  readonly program: string;
  readonly effectiveFrom: string;
  readonly frameworks: readonly string[];
  readonly issuedAt: string;
}

export interface RecordParticipationLapse {
  readonly kind: 'RecordParticipationLapse';
  readonly businessId: string;
  readonly program: string;
  readonly effectiveFrom: string;
  readonly reason: LapseReason;
  readonly issuedAt: string;
}

export type BusinessCommand = RegisterBusiness | BeginParticipation | RecordParticipationRenewal | RecordParticipationLapse | EnrolmentCommand;
