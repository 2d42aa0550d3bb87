import { BusinessCalendar, US_FEDERAL } from '@pdr/calendar';
import { periodEndedAt, periodHasEnded } from './period-end';

const calendar = new BusinessCalendar(US_FEDERAL);

describe('the end of a period', () => {
  // Wednesday 24 June 2026 in New York (EDT): its last millisecond is 03:59:59.999 UTC on the 25th.
  const dueAt = calendar.endOfDay('2026-06-24');

  it('ends the millisecond after dueAt: the start of the next day in the calendar’s zone', () => {
    expect(dueAt).toBe('2026-06-25T03:59:59.999Z');
    expect(periodEndedAt(dueAt)).toBe('2026-06-25T04:00:00.000Z');
    expect(calendar.localDateOf(periodEndedAt(dueAt))).toBe('2026-06-25');
    // In winter (EST) the day ends an hour later in UTC.
    expect(periodEndedAt(calendar.endOfDay('2026-12-01'))).toBe('2026-12-02T05:00:00.000Z');
  });

  it('has not ended at dueAt, its last millisecond (a submission then is on time), and has one millisecond later', () => {
    expect(periodHasEnded(dueAt, '2026-06-24T12:00:00.000Z')).toBe(false);
    expect(periodHasEnded(dueAt, dueAt)).toBe(false);
    expect(periodHasEnded(dueAt, new Date(dueAt))).toBe(false);
    expect(periodHasEnded(dueAt, periodEndedAt(dueAt))).toBe(true);
    expect(periodHasEnded(dueAt, new Date(periodEndedAt(dueAt)))).toBe(true);
    // The same instant written with an offset.
    expect(periodHasEnded(dueAt, '2026-06-24T23:59:59.999-04:00')).toBe(false);
    expect(periodHasEnded(dueAt, '2026-06-25T00:00:00-04:00')).toBe(true);
  });

  it('refuses what is not an instant rather than answering either way', () => {
    expect(() => periodEndedAt('not a date')).toThrow(RangeError);
    expect(() => periodHasEnded(dueAt, 'soon')).toThrow(RangeError);
  });
});
