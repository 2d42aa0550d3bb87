import { withEntry, withItem } from '@pdr/event-sourcing';
import type { OpenCase } from '../case.state';
import type { DocumentsEvent } from './documents.events';
import { type DocumentsState, initialDocuments } from './documents.state';

// Apart from documents.state.ts, which case.state.ts imports: folding into the case needs OpenCase, and the two would import each other (issue 10).

function setStatus(documents: DocumentsState, designationId: string, status: 'accepted' | 'returned'): DocumentsState {
  const current = documents.designations[designationId];
  return current ? { ...documents, designations: withEntry(documents.designations, designationId, { ...current, status }) } : documents;
}

export function evolveDocuments(state: OpenCase, event: DocumentsEvent): OpenCase {
  const documents = state.documents ?? initialDocuments;
  switch (event.type) {
    case 'ProprietaryInformationDesignated':
      return { ...state, documents: { ...documents, designations: withEntry(documents.designations, event.data.designationId, { party: event.data.party, documentId: event.data.documentId, status: 'pending' }) } };
    case 'ProprietaryDesignationAccepted':
      return { ...state, documents: setStatus(documents, event.data.designationId, 'accepted') };
    case 'ProprietaryDesignationReturned':
    case 'ProprietaryInformationReturned':
      return { ...state, documents: setStatus(documents, event.data.designationId, 'returned') };
    case 'CaseFileDisposed':
      return { ...state, documents: { ...documents, disposedAt: event.data.disposedAt } };
    case 'LanguageAssistanceRecorded':
      return { ...state, documents: { ...documents, languageAssistance: withItem(documents.languageAssistance, { party: event.data.party, language: event.data.language, kind: event.data.kind }) } };
  }
}
