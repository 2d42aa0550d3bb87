import type { RulebookRef } from '@pdr/event-sourcing';

export type ContactState =
  | { readonly status: 'none' }
  | { readonly status: 'recorded'; readonly contactId: string; readonly rulebook: RulebookRef; readonly receivedAt: string };
