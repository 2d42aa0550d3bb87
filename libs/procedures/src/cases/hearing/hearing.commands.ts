import type { BusinessCalendar } from '@pdr/calendar';
import type { HearingDocument, HearingParty, RemedySought } from './hearing.events';

/** BBB-4.1: either Party asks for a hearing once Conciliation has failed. Sets the Position's period (BBB-4.4). */
export interface RequestHearing {
  readonly kind: 'RequestHearing';
  readonly caseId: string;
  readonly requestedBy: HearingParty;
  readonly remedies: readonly RemedySought[];
  /** VS-8.2: the requester's brief, where the rulebook's request includes one. */
  readonly brief?: string;
  /** BBB-4.4: the original complaint is accepted as the Position: no Position is asked for. */
  readonly acceptComplaintAsPosition?: boolean;
  readonly calendar: BusinessCalendar;
  readonly issuedAt: string;
}

export interface SubmitPosition {
  readonly kind: 'SubmitPosition';
  readonly caseId: string;
  readonly receivedAt: string;
  /** Omitted when the original complaint is accepted as the Position. */
  readonly summary?: string;
  readonly acceptComplaintAsPosition?: boolean;
  readonly issuedAt: string;
}

export interface SubmitRebuttal {
  readonly kind: 'SubmitRebuttal';
  readonly caseId: string;
  readonly receivedAt: string;
  readonly summary: string;
  readonly issuedAt: string;
}

export interface SubmitReply {
  readonly kind: 'SubmitReply';
  readonly caseId: string;
  readonly receivedAt: string;
  readonly summary: string;
  readonly issuedAt: string;
}

export interface SubmitResponse {
  readonly kind: 'SubmitResponse';
  readonly caseId: string;
  readonly receivedAt: string;
  readonly summary: string;
  readonly issuedAt: string;
}

/** The forwarded document (or default notice) reached its recipient: the next period runs from here. */
export interface RecordHearingDelivery {
  readonly kind: 'RecordHearingDelivery';
  readonly caseId: string;
  readonly document: HearingDocument;
  readonly deliveredAt: string;
  readonly calendar: BusinessCalendar;
  readonly issuedAt: string;
}

export type HearingCommand = RequestHearing | SubmitPosition | SubmitRebuttal | SubmitReply | SubmitResponse | RecordHearingDelivery;

export const HEARING_COMMAND_KINDS: readonly HearingCommand['kind'][] = ['RequestHearing', 'SubmitPosition', 'SubmitRebuttal', 'SubmitReply', 'SubmitResponse', 'RecordHearingDelivery'];
