import type { BusinessCalendar } from '@pdr/calendar';
import type { MediationOutcome } from './mediation.events';

/** VS-7.4: the administrator appoints the mediator (again, to replace one, before the teleconference is held). */
export interface AppointMediator {
  readonly kind: 'AppointMediator';
  readonly caseId: string;
  readonly mediatorName: string;
  readonly issuedAt: string;
}

/** VS-7.4: the teleconference set for `scheduledFor`, the Parties noticed now (issuedAt). */
export interface ScheduleMediationTeleconference {
  readonly kind: 'ScheduleMediationTeleconference';
  readonly caseId: string;
  readonly scheduledFor: string;
  readonly issuedAt: string;
}

/** VS-7.4: what came of the teleconference, recorded after it was held; a Settlement with its terms. */
export interface RecordMediationOutcome {
  readonly kind: 'RecordMediationOutcome';
  readonly caseId: string;
  readonly outcome: MediationOutcome;
  readonly terms?: string;
  readonly calendar: BusinessCalendar;
  readonly issuedAt: string;
}

/** VS-7.4 (iii): the Settlement's terms sent to both Parties. */
export interface SendSettlementTerms {
  readonly kind: 'SendSettlementTerms';
  readonly caseId: string;
  readonly issuedAt: string;
}

export type MediationCommand = AppointMediator | ScheduleMediationTeleconference | RecordMediationOutcome | SendSettlementTerms;

export const MEDIATION_COMMAND_KINDS: readonly MediationCommand['kind'][] = ['AppointMediator', 'ScheduleMediationTeleconference', 'RecordMediationOutcome', 'SendSettlementTerms'];
