import type { OpenCase } from '../case.state';
import type { DocumentParty, DocumentsEvent } from './documents.events';

/** What the decider needs of the documents: never the proprietary text itself (that stays in the event and the panelist view). */
export interface DocumentsState {
  readonly designations: Readonly<Record<string, { readonly party: DocumentParty; readonly documentId: string; readonly status: 'pending' | 'accepted' | 'returned' }>>;
  readonly disposedAt?: string;
  readonly languageAssistance: readonly { readonly party: DocumentParty; readonly language: string; readonly kind: 'translation' | 'interpretation' }[];
}

export const initialDocuments: DocumentsState = { designations: {}, languageAssistance: [] };

function setStatus(documents: DocumentsState, designationId: string, status: 'accepted' | 'returned'): DocumentsState {
  const current = documents.designations[designationId];
  return current ? { ...documents, designations: { ...documents.designations, [designationId]: { ...current, status } } } : documents;
}

export function evolveDocuments(state: OpenCase, event: DocumentsEvent): OpenCase {
  const documents = state.documents ?? initialDocuments;
  switch (event.type) {
    case 'ProprietaryInformationDesignated':
      return { ...state, documents: { ...documents, designations: { ...documents.designations, [event.data.designationId]: { party: event.data.party, documentId: event.data.documentId, status: 'pending' } } } };
    case 'ProprietaryDesignationAccepted':
      return { ...state, documents: setStatus(documents, event.data.designationId, 'accepted') };
    case 'ProprietaryDesignationReturned':
    case 'ProprietaryInformationReturned':
      return { ...state, documents: setStatus(documents, event.data.designationId, 'returned') };
    case 'CaseFileDisposed':
      return { ...state, documents: { ...documents, disposedAt: event.data.disposedAt } };
    case 'LanguageAssistanceRecorded':
      return { ...state, documents: { ...documents, languageAssistance: [...documents.languageAssistance, { party: event.data.party, language: event.data.language, kind: event.data.kind }] } };
  }
}
