import type { BusinessCalendar } from '@pdr/calendar';
import type { Channel } from '../shared/channels';
import type { Complainant, Respondent } from './case.events';

export interface FileComplaint {
  readonly kind: 'FileComplaint';
  readonly caseId: string;
  readonly rulebookId: string;
  /** Omit under a rulebook with a single framework. */
  readonly framework?: string;
  readonly receivedAt: string;
  readonly channel: Channel;
  readonly contactId?: string;
  readonly complainant: Complainant;
  readonly respondent: Respondent;
  readonly allegation: string;
  readonly outcomesSought: readonly string[];
  readonly issuedAt: string;
}

export interface VerifyComplainantIdentity {
  readonly kind: 'VerifyComplainantIdentity';
  readonly caseId: string;
  readonly method: string;
  readonly issuedAt: string;
}

/** Commands that set or move a deadline carry the rulebook's calendar, closures included, as data. */
interface WithCalendar {
  readonly calendar: BusinessCalendar;
}

export interface RequestInformation extends WithCalendar {
  readonly kind: 'RequestInformation';
  readonly caseId: string;
  readonly requested: string;
  readonly channel: Channel;
  readonly issuedAt: string;
}

export interface ReceiveRequestedInformation {
  readonly kind: 'ReceiveRequestedInformation';
  readonly caseId: string;
  readonly receivedAt: string;
  readonly summary: string;
  readonly issuedAt: string;
}

export interface ExtendDeadline extends WithCalendar {
  readonly kind: 'ExtendDeadline';
  readonly caseId: string;
  readonly deadlineId: string;
  readonly count: number;
  readonly unit: 'business-days' | 'calendar-days';
  readonly reason: string;
  readonly grantedBy: string;
  readonly issuedAt: string;
}

/** A timer (or a reconciliation) says a deadline's time has come; the decider checks that it really has. */
export interface RecordDeadlineLapse {
  readonly kind: 'RecordDeadlineLapse';
  readonly caseId: string;
  readonly deadlineId: string;
  readonly issuedAt: string;
}

export type CaseCommand = FileComplaint | VerifyComplainantIdentity | RequestInformation | ReceiveRequestedInformation | ExtendDeadline | RecordDeadlineLapse;
