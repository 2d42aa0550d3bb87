import type { ProceedingsDocument, ProceedingsParty } from './panelist-proceedings.events';

export interface InformationRequestState {
  readonly party: ProceedingsParty;
  readonly requestedAt: string;
  readonly status: 'requested' | 'answered' | 'defaulted' | 'proceeded-without-answer';
  readonly afterDefault: boolean;
  /**
   * When each document was sent (or, for the answer, received) and when it reached its recipient; `noticesBefore`: how
   * many notices the case had sent before it, so the notice that sent it is the first of its kind to its recipient after them.
   */
  /** The answer's time limit the request set (VS-8.4a); absent, the rules' fixed period. */
  readonly timeLimitBusinessDays?: number;
  readonly documents: Readonly<Partial<Record<ProceedingsDocument, { readonly sentAt: string; readonly noticesBefore: number; readonly deliveredAt?: string; readonly deadlineId?: string }>>>;
  readonly commentedAt?: string;
}

export interface OralHearingState {
  readonly hearingAt: string;
  readonly status: 'scheduled' | 'absence' | 'rescheduled' | 'proceeded';
  readonly absentParty?: ProceedingsParty;
  readonly reasonReported?: boolean;
  readonly knownReason?: string | null;
}

/** The Panelist's requests for information (BBB-4.5.1) and oral hearings (BBB-4.5.2, 4.5.3); the investigative analysis (VS-8.4b). */
export interface PanelistProceedingsState {
  readonly requests: Readonly<Record<string, InformationRequestState>>;
  readonly hearings: Readonly<Record<string, OralHearingState>>;
  readonly decidedWithoutOralHearing: boolean;
  /** VS-8.4(b): the administrator's investigative analysis, once furnished. */
  readonly investigativeAnalysis?: { readonly furnishedAt: string; readonly facts: number };
}

export const initialPanelistProceedings: PanelistProceedingsState = { requests: {}, hearings: {}, decidedWithoutOralHearing: false };
