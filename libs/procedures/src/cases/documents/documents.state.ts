import type { DocumentParty } from './documents.events';

/** What the decider needs of the documents: never the proprietary text itself (that stays in the event and the panelist view). */
export interface DocumentsState {
  readonly designations: Readonly<Record<string, { readonly party: DocumentParty; readonly documentId: string; readonly status: 'pending' | 'accepted' | 'returned' }>>;
  readonly disposedAt?: string;
  readonly languageAssistance: readonly { readonly party: DocumentParty; readonly language: string; readonly kind: 'translation' | 'interpretation' }[];
}

export const initialDocuments: DocumentsState = { designations: {}, languageAssistance: [] };
