import { BusinessCalendar, US_FEDERAL } from '@pdr/calendar';
import { given } from '@pdr/event-sourcing';
import type { AddClosure } from './calendar.commands';
import { calendarDecider } from './calendar.decider';

const calendar = new BusinessCalendar(US_FEDERAL);
const addClosure = (date: string): AddClosure => ({ kind: 'AddClosure', calendar, date, reason: 'National day of mourning', issuedAt: '2026-01-02T10:00:00.000Z' });

describe('calendar decider', () => {
  it('records a one-off closure on a business day', () => {
    expect(given(calendarDecider).when(addClosure('2026-03-03'))).toEqual([
      { type: 'CalendarClosureAdded', data: { calendarId: 'us-federal', date: '2026-03-03', reason: 'National day of mourning' } },
    ]);
  });

  it.each(['2026-02-30', '2026-13-01', '2026-3-3', 'tomorrow'])('refuses %s, which is no calendar date', (date) => {
    expect(() => given(calendarDecider).when(addClosure(date))).toThrow(expect.objectContaining({ kind: 'unprocessable', rule: 'CALENDAR-DATE', field: 'date' }));
  });
});
