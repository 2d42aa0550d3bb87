import { isCalendarDate } from './calendar-dates';

describe('isCalendarDate', () => {
  it.each(['2026-03-02', '2024-02-29', '2000-02-29', '2026-12-31'])('accepts %s', (value) => expect(isCalendarDate(value)).toBe(true));

  it.each(['2026-02-29', '1900-02-29', '2026-02-30', '2026-13-01', '2026-00-10', '2026-04-31', '2026-3-2', '2026-03-02T00:00:00Z', ' 2026-03-02', 'today', 20260302, undefined])(
    'refuses %s',
    (value) => expect(isCalendarDate(value)).toBe(false),
  );
});
