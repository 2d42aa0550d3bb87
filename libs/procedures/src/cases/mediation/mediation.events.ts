import type { DomainEvent } from '@pdr/event-sourcing';

/** VS-7.4: the outcomes of a Mediation Teleconference. */
export const MEDIATION_OUTCOMES = ['complainant-absent', 'participant-absent', 'settlement', 'no-settlement'] as const;
export type MediationOutcome = (typeof MEDIATION_OUTCOMES)[number];

/** VS-7.4: the administrator appointed the mediator. */
export type MediatorAppointed = DomainEvent<'MediatorAppointed', { readonly caseId: string; readonly rule: string; readonly mediator: { readonly name: string }; readonly appointedAt: string }>;

/** VS-7.4: the teleconference is set and the Parties are noticed, at least the minimum notice before it. */
export type MediationTeleconferenceScheduled = DomainEvent<
  'MediationTeleconferenceScheduled',
  { readonly caseId: string; readonly rule: string; readonly stage: string; readonly scheduledFor: string; readonly noticedAt: string }
>;

/** VS-7.4 (i) to (iv): what came of the teleconference; a Settlement's terms as recorded. */
export type MediationOutcomeRecorded = DomainEvent<
  'MediationOutcomeRecorded',
  { readonly caseId: string; readonly rule: string; readonly outcome: MediationOutcome; readonly stage?: string; readonly terms?: string; readonly heldAt: string; readonly recordedAt: string }
>;

/** VS-7.4 (iii): the Settlement's terms went to both Parties; its performance is monitored from here (VS-12). */
export type SettlementTermsSent = DomainEvent<'SettlementTermsSent', { readonly caseId: string; readonly rule: string; readonly stage: string; readonly sentAt: string }>;

export type MediationEvent = MediatorAppointed | MediationTeleconferenceScheduled | MediationOutcomeRecorded | SettlementTermsSent;

export const MEDIATION_EVENT_TYPES: readonly MediationEvent['type'][] = ['MediatorAppointed', 'MediationTeleconferenceScheduled', 'MediationOutcomeRecorded', 'SettlementTermsSent'];
