import type { MediationOutcome } from './mediation.events';

/** The Mediation Teleconference (VS-7.4): who mediates, when it is set for, what came of it. */
export interface MediationState {
  readonly mediator?: string;
  readonly scheduledFor?: string;
  readonly outcome?: MediationOutcome;
  readonly termsSentAt?: string;
}
