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

/**
 * GDPR Art. 17: the contact's personal data is erased, at any time (a contact is no procedure that needs it). The
 * event destroys the contact's data key; a contact already erased is left as it is (nothing more to erase).
 */
export interface EraseContact {
  readonly kind: 'EraseContact';
  readonly contactId: string;
  /** The erasure request this answers. */
  readonly requestId: string;
  readonly issuedAt: string;
}

export type ContactCommand = RecordContact | EraseContact;
