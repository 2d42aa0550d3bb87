import type { DocumentParty } from './documents.events';

export interface DesignateProprietaryInformation {
  readonly kind: 'DesignateProprietaryInformation';
  readonly caseId: string;
  readonly documentId: string;
  readonly party: DocumentParty;
  readonly description: string;
  readonly content: string;
  readonly affirmation: boolean;
  readonly summary: string;
  readonly issuedAt: string;
}

export interface AcceptProprietaryDesignation {
  readonly kind: 'AcceptProprietaryDesignation';
  readonly caseId: string;
  readonly designationId: string;
  readonly issuedAt: string;
}

export interface ReturnProprietaryDesignation {
  readonly kind: 'ReturnProprietaryDesignation';
  readonly caseId: string;
  readonly designationId: string;
  readonly ground: 'not-proprietary' | 'summary-unacceptable';
  readonly reason: string;
  readonly issuedAt: string;
}

export interface DisposeCaseFile {
  readonly kind: 'DisposeCaseFile';
  readonly caseId: string;
  readonly issuedAt: string;
}

export interface RecordLanguageAssistance {
  readonly kind: 'RecordLanguageAssistance';
  readonly caseId: string;
  readonly party: DocumentParty;
  readonly language: string;
  readonly assistance: 'translation' | 'interpretation';
  readonly issuedAt: string;
}

export type DocumentsCommand = DesignateProprietaryInformation | AcceptProprietaryDesignation | ReturnProprietaryDesignation | DisposeCaseFile | RecordLanguageAssistance;
export const DOCUMENTS_COMMAND_KINDS: readonly DocumentsCommand['kind'][] = ['DesignateProprietaryInformation', 'AcceptProprietaryDesignation', 'ReturnProprietaryDesignation', 'DisposeCaseFile', 'RecordLanguageAssistance'];
