import type { BusinessCalendar } from '@pdr/calendar';
import type { DeadlineState } from '../../deadlines/deadline.state';
import type { CaseEvent } from '../case.events';
import type { OpenCase } from '../case.state';

/** What the Respondent did within the cure period (BBB-8.8), as the CBBB received it. */
export interface Cure {
  readonly receivedAt: string;
  readonly actionTaken: string;
  /** When the CBBB records it: the time of any notice that follows. */
  readonly at: string;
  readonly calendar: BusinessCalendar;
}

/** The case after a cure: the stage it resumes in, and the missed step the cure supplied. */
export interface Resumption {
  readonly stage: string;
  readonly events: readonly CaseEvent[];
}

/** How one part of the procedure resumes when the step whose deadline `lapsed` is cured; undefined when it has no such step. */
export type CureResumer = (open: OpenCase, lapsed: DeadlineState, cure: Cure) => Resumption | undefined;
