import type { DomainEvent } from '@pdr/event-sourcing';
import type { EnrolmentEvent } from './enrolment.events';

/** Why a participation stopped being current (CASRO-4: certification must stay current to remain a participant). */
export const LAPSE_REASONS = ['certification-lapsed', 'withdrawn', 'removed'] as const;
export type LapseReason = (typeof LAPSE_REASONS)[number];

/**
 * A US business entered in the registry; `programs` are the programmes it names (programme ids; schema v1 recorded
 * rulebook ids, read as programme ids by the upcaster in event-schemas.ts).
 */
export type BusinessRegistered = DomainEvent<
  'BusinessRegistered',
  {
    readonly businessId: string;
    readonly legalName: string;
    readonly aliases: readonly string[];
    readonly website?: string;
    readonly country: 'US';
    readonly programs: readonly string[];
  }
>;

/** BBB-2.3, VS-3.1(b), CASRO-4: the business became a Participating Business of a program from `effectiveFrom` (ISO instant). */
export type ParticipationBegan = DomainEvent<
  'ParticipationBegan',
  { readonly businessId: string; readonly program: string; readonly effectiveFrom: string; readonly frameworks: readonly string[] }
>;

/** CASRO-4: the business re-certified while current; its good standing continues (frameworks as renewed). */
export type ParticipationRenewed = DomainEvent<
  'ParticipationRenewed',
  { readonly businessId: string; readonly program: string; readonly effectiveFrom: string; readonly frameworks: readonly string[] }
>;

/** CASRO-4: good standing ended from `effectiveFrom`; complaints filed from then on are not against a Participating Business. */
export type ParticipationLapsed = DomainEvent<
  'ParticipationLapsed',
  { readonly businessId: string; readonly program: string; readonly effectiveFrom: string; readonly reason: LapseReason }
>;

export type BusinessEvent = BusinessRegistered | ParticipationBegan | ParticipationRenewed | ParticipationLapsed | EnrolmentEvent;
