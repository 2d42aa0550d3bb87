import type { DeadlineState } from '../deadlines/deadline.state';
import type { LapseReason } from './business.events';
import type { ChecklistFinding } from './enrolment.events';

/** One stretch of good standing in a program: current from `from` (inclusive) until `until` (exclusive), open while absent. */
export interface ParticipationPeriod {
  readonly from: string;
  readonly until?: string;
  readonly frameworks: readonly string[];
  readonly lapseReason?: LapseReason;
  readonly renewals: readonly { readonly at: string; readonly frameworks: readonly string[] }[];
}

export type BusinessState =
  | { readonly status: 'none' }
  | {
      readonly status: 'registered';
      readonly businessId: string;
      readonly legalName: string;
      readonly programs: readonly string[];
      /** Periods per program, oldest first; they never overlap. */
      readonly participation: Readonly<Record<string, readonly ParticipationPeriod[]>>;
      /** Enrolments by programme id (CASRO-1 to CASRO-3); absent until the first application. */
      readonly enrolments?: Readonly<Record<string, EnrolmentState>>;
      /**
       * Self-certifications by programme id, then framework (CASRO-4): each framework's periods of good standing on their
       * own, oldest first (a certification to one framework does not extend to another).
       */
      readonly certifications?: Readonly<Record<string, Readonly<Record<string, readonly ParticipationPeriod[]>>>>;
      /** Deadlines on the business's stream, by id. */
      readonly deadlines?: Readonly<Record<string, BusinessDeadline>>;
    };

export type RegisteredBusiness = Extract<BusinessState, { status: 'registered' }>;

/** A business's enrolment in one programme as far as it has gone. */
export interface EnrolmentState {
  readonly programmeId: string;
  readonly appliedAt: string;
  /** CASRO-2: the latest finding per checklist item. */
  readonly checklist: Readonly<Record<string, { readonly finding: ChecklistFinding; readonly reviewedAt: string }>>;
  /** CASRO-3: documents received (signatures, draft policy), by id. */
  readonly documents: Readonly<Record<string, string>>;
  readonly informationRequests: Readonly<Record<string, { readonly requestedAt: string; readonly receivedAt?: string }>>;
  readonly acceptedAt?: string;
}

/** A deadline on a business's stream: a case's deadline, with the programme and framework it is about. */
export interface BusinessDeadline extends DeadlineState {
  readonly programmeId: string;
  readonly framework?: string;
}
