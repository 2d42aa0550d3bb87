import type { Channel } from '../shared/channels';
import type { PotentialComplainant } from './contact.events';

export interface RecordContact {
  readonly kind: 'RecordContact';
  readonly contactId: string;
  readonly rulebookId: string;
  readonly receivedAt: string;
  readonly channel: Channel;
  readonly potentialComplainant: PotentialComplainant;
  readonly respondentName?: string;
  readonly summary: string;
  /** When the command is issued: the decider's only notion of "now". */
  readonly issuedAt: string;
}

export type ContactCommand = RecordContact;
