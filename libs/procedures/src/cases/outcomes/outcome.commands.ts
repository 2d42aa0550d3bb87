import type { BusinessCalendar } from '@pdr/calendar';

/** A Party appeals the case's closure (VS-5.5(a)); the rulebook's outcome says who may, until when and with what. */
export interface AppealClosure {
  readonly kind: 'AppealClosure';
  readonly caseId: string;
  readonly party: 'complainant' | 'respondent';
  /** What the closure got wrong (VS-5.5(a): the material error). */
  readonly grounds?: string;
  /** What shows it (VS-5.5(a): Credible Evidence). */
  readonly evidence?: string;
  /** When the appeal reached the administrator: it must be within the window. */
  readonly receivedAt: string;
  readonly issuedAt: string;
}

/** Staff decide an appeal of a closure, with reasons: upheld, the closure is final; granted, the case reopens. */
export interface DecideClosureAppeal {
  /** The case's calendar: a granted appeal heard by an appellate hearing starts its rebuttal period (VS-9.2). */
  readonly calendar?: BusinessCalendar;
  readonly kind: 'DecideClosureAppeal';
  readonly caseId: string;
  readonly decision: 'upheld' | 'granted';
  readonly reasons: string;
  readonly decidedBy: string;
  readonly issuedAt: string;
}

export type OutcomeCommand = AppealClosure | DecideClosureAppeal;
