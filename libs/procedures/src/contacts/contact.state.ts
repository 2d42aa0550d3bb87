import type { RulebookRef } from '@pdr/event-sourcing';

export type ContactState =
  | { readonly status: 'none' }
  | {
      readonly status: 'recorded';
      readonly contactId: string;
      readonly rulebook: RulebookRef;
      readonly receivedAt: string;
      /** GDPR Art. 17: the personal data was erased, for this request. */
      readonly erased?: { readonly requestId: string; readonly erasedAt: string };
    };
