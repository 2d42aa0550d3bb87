import { BusinessCalendar, US_FEDERAL, type CalendarDefinition } from './index';

const calendar = new BusinessCalendar(US_FEDERAL);

describe('input validation (RangeError with a clear message)', () => {
  it.each(['2026-02-30', '2026-13-01', '2026-2-3', '26-02-03', '', '2026-02-03T00:00:00Z', '2026-00-10'])('refuses the date %p', (date) => {
    expect(() => calendar.isBusinessDay(date)).toThrow(RangeError);
    expect(() => calendar.subtractBusinessDays(date, 1)).toThrow(RangeError);
    expect(() => calendar.businessDaysBetween(date, '2026-03-02')).toThrow(RangeError);
  });

  it('refuses a non-string date', () => {
    expect(() => calendar.isBusinessDay(20260302 as unknown as string)).toThrow(/must be a 'YYYY-MM-DD' string/);
  });

  it.each(['2026-03-02T09:00:00', '2026-03-02T25:00:00Z', '2026-03-02T09:60:00Z', '2026-03-02T09:00:00+25:00', 'yesterday', '2026-02-29T09:00:00Z'])(
    'refuses the receipt %p',
    (receivedAt) => {
      expect(() => calendar.addBusinessDays(receivedAt, 1)).toThrow(RangeError);
      expect(() => calendar.addCalendarDays(receivedAt, 1)).toThrow(RangeError);
    },
  );

  it('explains that an instant needs an offset', () => {
    expect(() => calendar.addBusinessDays('2026-03-02T09:00:00', 1)).toThrow(/no offset/);
  });

  it('accepts the usual ISO forms of an instant', () => {
    for (const at of ['2026-03-02T14:00Z', '2026-03-02T14:00:00Z', '2026-03-02T14:00:00.123456Z', '2026-03-02T09:00:00-05:00', '2026-03-02T15:00:00+0100']) {
      expect(calendar.localDateOf(at)).toBe('2026-03-02');
    }
  });

  it.each([-1, 1.5, Number.NaN, Number.POSITIVE_INFINITY])('refuses n = %p', (n) => {
    expect(() => calendar.addBusinessDays('2026-03-02T09:00:00Z', n)).toThrow(RangeError);
    expect(() => calendar.addCalendarDays('2026-03-02T09:00:00Z', n)).toThrow(RangeError);
    expect(() => calendar.subtractBusinessDays('2026-03-02', n)).toThrow(RangeError);
    expect(() => calendar.subtractCalendarDays('2026-03-02', n)).toThrow(RangeError);
  });

  it('refuses unknown readings', () => {
    expect(() => calendar.addBusinessDays('2026-03-02T09:00:00Z', 1, { receiptOnNonBusinessDay: 'later' as never })).toThrow(/receiptOnNonBusinessDay/);
    expect(() => calendar.addCalendarDays('2026-03-02T09:00:00Z', 1, { endOnNonBusinessDay: 'later' as never })).toThrow(/endOnNonBusinessDay/);
  });

  it('refuses dates before the years the calendar describes, and years out of range', () => {
    expect(() => calendar.isBusinessDay('1970-06-01')).toThrow(/outside the years/);
    expect(() => calendar.subtractBusinessDays('1971-01-05', 10)).toThrow(RangeError);
    expect(() => calendar.nonBusinessDates(1899)).toThrow(RangeError);
    expect(() => calendar.nonBusinessDates(2026.5)).toThrow(RangeError);
    expect(() => calendar.addCalendarDays('2999-12-30', 5)).toThrow(RangeError);
  });

  it('refuses a definition that cannot work', () => {
    const broken = (change: Partial<CalendarDefinition>) => () => new BusinessCalendar({ ...US_FEDERAL, ...change });
    expect(broken({ timeZone: 'America/Nowhere' })).toThrow(/unknown IANA time zone/);
    expect(broken({ weekendDays: [1, 2, 3, 4, 5, 6, 7] })).toThrow(/at least one weekday/);
    expect(broken({ weekendDays: [0 as never] })).toThrow(/weekendDays/);
    expect(broken({ holidayRules: [{ kind: 'fixed', name: 'x', month: 2, day: 30, observance: 'none' }] })).toThrow(/day 30/);
    expect(broken({ holidayRules: [{ kind: 'nth-weekday', name: 'x', month: 13, weekday: 1, nth: 1 }] })).toThrow(/month 13/);
    expect(broken({ holidayRules: [{ kind: 'nth-weekday', name: 'x', month: 1, weekday: 1, nth: 6 as never }] })).toThrow(/nth/);
    expect(broken({ holidayRules: [{ kind: 'last-weekday', name: 'x', month: 1, weekday: 1, firstYear: 2020, lastYear: 2019 }] })).toThrow(/firstYear/);
    expect(broken({ closures: [{ date: 'soon', reason: 'x' }] })).toThrow(RangeError);
    expect(broken({ conventions: { receiptOnNonBusinessDay: 'never' as never } })).toThrow(RangeError);
  });
});
