import type { DomainEvent, RulebookRef } from '@pdr/event-sourcing';
import type { Channel } from '../shared/channels';

export interface PotentialComplainant {
  readonly name: string;
  readonly email?: string;
  /** ISO 3166-1 alpha-2 country where the Personal Data was collected, when known. */
  readonly country?: string;
}

/** BBB-2.1: a contact from a potential Complainant, recorded even if it never becomes a Case. */
export type ContactRecorded = DomainEvent<
  'ContactRecorded',
  {
    readonly contactId: string;
    readonly rulebook: RulebookRef;
    readonly receivedAt: string;
    readonly channel: Channel;
    readonly potentialComplainant: PotentialComplainant;
    readonly respondentName?: string;
    readonly summary: string;
  }
>;

/**
 * GDPR Art. 17: the contact's personal data was erased for an erasure request. Recording it destroys the contact's
 * data key (FORGETTING_EVENTS): everything ContactRecorded held about the person reads `[erased]` from then on.
 */
export type ContactErased = DomainEvent<'ContactErased', { readonly contactId: string; readonly requestId: string; readonly erasedAt: string }>;

export type ContactEvent = ContactRecorded | ContactErased;
