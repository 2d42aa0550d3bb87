import { type Decider, RuleViolation } from '@pdr/event-sourcing';
import { isCalendarDate } from '../shared/calendar-dates';
import type { CalendarCommand } from './calendar.commands';
import type { CalendarEvent } from './calendar.events';

export type CalendarState = { readonly closures: readonly { readonly date: string; readonly reason: string }[] };

/**
 * One-off closures of a business-day calendar, recorded as events so every change to how deadlines are
 * counted is on the log. A closure counts for deadlines set after it; deadlines already set keep their due time.
 */
export const calendarDecider: Decider<CalendarCommand, CalendarState, CalendarEvent> = {
  initialState: { closures: [] },

  decide(command) {
    // Not Date.parse: it reads '2026-02-30' as 2 March.
    if (!isCalendarDate(command.date)) {
      throw new RuleViolation('unprocessable', 'CALENDAR-DATE', `"${command.date}" is not a date (YYYY-MM-DD)`, 'date');
    }
    if (!command.calendar.isBusinessDay(command.date)) {
      throw new RuleViolation('conflict', 'CALENDAR-CLOSURE', `${command.date} is already a non-business day in ${command.calendar.id}`, 'date');
    }
    return [{ type: 'CalendarClosureAdded', data: { calendarId: command.calendar.id, date: command.date, reason: command.reason } }];
  },

  evolve(state, event) {
    return { closures: [...state.closures, { date: event.data.date, reason: event.data.reason }] };
  },
};
