import type { BusinessCalendar } from '@pdr/calendar';
import type { Channel } from '../../shared/channels';
import type { SettlementCorrectiveAction, ConciliationParty } from './conciliation.events';

/** Who at the administrator recorded the step (the command's actor). */
interface ByStaff {
  readonly caseId: string;
  readonly actorId: string;
  readonly issuedAt: string;
}

export interface ObtainComplainantFacts extends ByStaff {
  readonly kind: 'ObtainComplainantFacts';
  readonly summary: string;
  readonly obtainedAt: string;
}

export interface ForwardFactsToRespondent extends ByStaff {
  readonly kind: 'ForwardFactsToRespondent';
  readonly channel: Channel;
}

export interface ReceiveRespondentResponse extends ByStaff {
  readonly kind: 'ReceiveRespondentResponse';
  readonly summary: string;
  readonly receivedAt: string;
}

export interface PresentSettlementOffer extends ByStaff {
  readonly kind: 'PresentSettlementOffer';
  /** Whose offer it is: a ConciliationParty's, never the administrator's (BBB-3.1). */
  readonly offeredBy: string;
  readonly terms: string;
}

export interface AgreeToTeleconference extends ByStaff {
  readonly kind: 'AgreeToTeleconference';
  readonly party: ConciliationParty;
}

export interface ScheduleTeleconference extends ByStaff {
  readonly kind: 'ScheduleTeleconference';
  readonly scheduledFor: string;
}

export interface ReachSettlement extends ByStaff {
  readonly kind: 'ReachSettlement';
  readonly terms: string;
  readonly correctiveAction?: SettlementCorrectiveAction;
}

/** Circulating the letter may start the certification period: the command carries the rulebook's calendar. */
export interface CirculateSettlementLetter extends ByStaff {
  readonly kind: 'CirculateSettlementLetter';
  readonly calendar: BusinessCalendar;
  readonly note?: string;
}

export interface CertifyPerformance extends ByStaff {
  readonly kind: 'CertifyPerformance';
  readonly statement: string;
}

export interface RequestSubstantiation extends ByStaff {
  readonly kind: 'RequestSubstantiation';
  readonly requested: string;
}

export interface VerifyPerformance extends ByStaff {
  readonly kind: 'VerifyPerformance';
  readonly note: string;
}

export type ConciliationCommand =
  | ObtainComplainantFacts
  | ForwardFactsToRespondent
  | ReceiveRespondentResponse
  | PresentSettlementOffer
  | AgreeToTeleconference
  | ScheduleTeleconference
  | ReachSettlement
  | CirculateSettlementLetter
  | CertifyPerformance
  | RequestSubstantiation
  | VerifyPerformance;
