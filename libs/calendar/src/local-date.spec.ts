import fc from 'fast-check';
import { DateTime } from 'luxon';
import { civilOf, dayNumber, formatLocalDate, parseLocalDate, weekdayOf } from './local-date';

describe('day numbers', () => {
  it('agree with luxon on the date, the weekday and the round trip', () => {
    fc.assert(
      fc.property(fc.integer({ min: dayNumber(1900, 1, 1), max: dayNumber(2999, 12, 31) }), (dayNo) => {
        const luxon = DateTime.fromMillis(dayNo * 86_400_000, { zone: 'utc' });
        expect(formatLocalDate(dayNo)).toBe(luxon.toISODate());
        expect(weekdayOf(dayNo)).toBe(luxon.weekday);
        expect(parseLocalDate(formatLocalDate(dayNo))).toBe(dayNo);
        const { year, month, day } = civilOf(dayNo);
        expect(dayNumber(year, month, day)).toBe(dayNo);
      }),
      { numRuns: 2000 },
    );
  });

  it('handle the leap-year rules of 1900, 2000 and 2100', () => {
    expect(() => parseLocalDate('1900-02-29')).toThrow(RangeError);
    expect(parseLocalDate('2000-02-29')).toBe(dayNumber(2000, 2, 29));
    expect(() => parseLocalDate('2100-02-29')).toThrow(RangeError);
    expect(formatLocalDate(0)).toBe('1970-01-01');
    expect(weekdayOf(0)).toBe(4);
  });
});
