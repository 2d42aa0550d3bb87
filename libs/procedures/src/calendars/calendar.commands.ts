import type { BusinessCalendar } from '@pdr/calendar';

export interface AddClosure {
  readonly kind: 'AddClosure';
  /** The calendar as it stands, closures recorded so far included. */
  readonly calendar: BusinessCalendar;
  readonly date: string;
  readonly reason: string;
  readonly issuedAt: string;
}

export type CalendarCommand = AddClosure;
