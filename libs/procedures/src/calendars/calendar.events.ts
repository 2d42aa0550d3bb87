import type { DomainEvent } from '@pdr/event-sourcing';

/** An administrator closed the office on a day the calendar had as a business day (e.g. an executive-order closure). */
export type CalendarClosureAdded = DomainEvent<'CalendarClosureAdded', { readonly calendarId: string; readonly date: string; readonly reason: string }>;

export type CalendarEvent = CalendarClosureAdded;
