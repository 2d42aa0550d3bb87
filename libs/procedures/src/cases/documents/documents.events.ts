import type { DomainEvent } from '@pdr/event-sourcing';

export type DocumentParty = 'complainant' | 'respondent';

/**
 * BBB-8.5 / BBB-8.6: a Party marks part of a submission as Proprietary Information, affirming it is not public, with a
 * non-confidential summary. `content` is the proprietary text: it lives only here and in the panelist-only view of
 * `case_records`; never in the case state, the case list or a party-facing read model.
 */
export type ProprietaryInformationDesignated = DomainEvent<
  'ProprietaryInformationDesignated',
  {
    readonly caseId: string;
    readonly rule: string;
    readonly designationId: string;
    readonly documentId: string;
    readonly party: DocumentParty;
    readonly description: string;
    readonly content: string;
    readonly affirmation: true;
    readonly summary: string;
    readonly designatedAt: string;
  }
>;

/** The CBBB agrees the material is proprietary and its summary is acceptable: it is considered, redacted for the other Party. */
export type ProprietaryDesignationAccepted = DomainEvent<
  'ProprietaryDesignationAccepted',
  { readonly caseId: string; readonly rule: string; readonly designationId: string; readonly acceptedAt: string }
>;

/** BBB-8.5 (the CBBB disagrees) / BBB-8.6 (summary unacceptable): the material is returned and not considered. */
export type ProprietaryDesignationReturned = DomainEvent<
  'ProprietaryDesignationReturned',
  {
    readonly caseId: string;
    readonly rule: string;
    readonly designationId: string;
    readonly ground: 'not-proprietary' | 'summary-unacceptable';
    readonly reason: string;
    readonly considered: false;
    readonly returnedAt: string;
  }
>;

/** BBB-8.3: the closed case's file is destroyed except what is retained (the Settlement Agreement or Decision). */
export type CaseFileDisposed = DomainEvent<
  'CaseFileDisposed',
  { readonly caseId: string; readonly rule: string; readonly retained: readonly string[]; readonly disposedAt: string }
>;

/** BBB-8.3 / BBB-8.5: Proprietary Information goes back to its submitter at closing. */
export type ProprietaryInformationReturned = DomainEvent<
  'ProprietaryInformationReturned',
  { readonly caseId: string; readonly rule: string; readonly designationId: string; readonly party: DocumentParty; readonly returnedAt: string }
>;

/** BBB-8.9: proceedings are in English; translation or interpretation provided to a Party. */
export type LanguageAssistanceRecorded = DomainEvent<
  'LanguageAssistanceRecorded',
  { readonly caseId: string; readonly rule: string; readonly party: DocumentParty; readonly language: string; readonly kind: 'translation' | 'interpretation'; readonly proceedingsLanguage: string; readonly recordedAt: string }
>;

export type DocumentsEvent =
  | ProprietaryInformationDesignated
  | ProprietaryDesignationAccepted
  | ProprietaryDesignationReturned
  | CaseFileDisposed
  | ProprietaryInformationReturned
  | LanguageAssistanceRecorded;

export const DOCUMENTS_EVENT_TYPES: readonly DocumentsEvent['type'][] = [
  'ProprietaryInformationDesignated',
  'ProprietaryDesignationAccepted',
  'ProprietaryDesignationReturned',
  'CaseFileDisposed',
  'ProprietaryInformationReturned',
  'LanguageAssistanceRecorded',
];
