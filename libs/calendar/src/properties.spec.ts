import fc from 'fast-check';
import { DateTime } from 'luxon';
import { BusinessCalendar, US_FEDERAL } from './index';

const ZONE = 'America/New_York';
const calendar = new BusinessCalendar(US_FEDERAL).withClosures([
  { date: '2019-12-24', reason: 'closure' },
  { date: '2025-01-09', reason: 'closure' },
]);

const START = DateTime.fromISO('2016-01-01', { zone: 'utc' });
/** A date between 2016 and 2030. */
const dateArb = fc.integer({ min: 0, max: 15 * 365 }).map((days) => START.plus({ days }).toISODate() as string);
/** An instant between 2016 and 2030, anywhere in the New York day (so around midnight and DST changes too). */
const instantArb = fc
  .tuple(fc.integer({ min: 0, max: 15 * 365 }), fc.integer({ min: 0, max: 86_400_000 - 1 }))
  .map(([days, ms]) => DateTime.fromISO(START.plus({ days }).toISODate() as string, { zone: ZONE }).plus({ milliseconds: ms }).toUTC().toISO() as string);
const countArb = fc.integer({ min: 0, max: 60 });
const readingArb = fc.constantFrom('next-business-day' as const, 'as-is' as const);
const localDate = (instant: string) => DateTime.fromISO(instant, { zone: ZONE }).toISODate() as string;

describe('business-day arithmetic (properties)', () => {
  it('addBusinessDays is strictly increasing in n', () => {
    fc.assert(
      fc.property(instantArb, countArb, countArb, readingArb, (at, a, b, reading) => {
        fc.pre(a !== b);
        const [lo, hi] = a < b ? [a, b] : [b, a];
        expect(calendar.addBusinessDays(at, lo, { receiptOnNonBusinessDay: reading }).dueOn < calendar.addBusinessDays(at, hi, { receiptOnNonBusinessDay: reading }).dueOn).toBe(true);
      }),
    );
  });

  it('addBusinessDays never goes back when the receipt is later', () => {
    fc.assert(
      fc.property(instantArb, instantArb, countArb, readingArb, (x, y, n, reading) => {
        const [early, late] = Date.parse(x) <= Date.parse(y) ? [x, y] : [y, x];
        const options = { receiptOnNonBusinessDay: reading };
        expect(calendar.addBusinessDays(early, n, options).dueOn <= calendar.addBusinessDays(late, n, options).dueOn).toBe(true);
      }),
    );
  });

  it('the due date is never a non-business day (n ≥ 1, either reading)', () => {
    fc.assert(
      fc.property(instantArb, fc.integer({ min: 1, max: 60 }), readingArb, (at, n, reading) => {
        expect(calendar.isBusinessDay(calendar.addBusinessDays(at, n, { receiptOnNonBusinessDay: reading }).dueOn)).toBe(true);
      }),
    );
  });

  it('dueAt is the last millisecond of dueOn in New York', () => {
    fc.assert(
      fc.property(instantArb, countArb, (at, n) => {
        const { dueOn, dueAt } = calendar.addBusinessDays(at, n);
        expect(localDate(dueAt)).toBe(dueOn);
        expect(localDate(DateTime.fromISO(dueAt).plus({ milliseconds: 1 }).toISO() as string)).not.toBe(dueOn);
      }),
    );
  });

  it('businessDaysBetween(receipt date, dueOn) === n for receipts on business days, and for any receipt read as-is', () => {
    fc.assert(
      fc.property(instantArb, countArb, (at, n) => {
        const received = localDate(at);
        const asIs = calendar.addBusinessDays(at, n, { receiptOnNonBusinessDay: 'as-is' });
        expect(calendar.businessDaysBetween(received, asIs.dueOn)).toBe(n);
        if (calendar.isBusinessDay(received)) expect(calendar.addBusinessDays(at, n)).toEqual(asIs);
      }),
    );
  });

  it('subtractBusinessDays then counting gives back n, lands on a business day, and adding n returns to a business-day target', () => {
    fc.assert(
      fc.property(dateArb, countArb, (target, n) => {
        const notice = calendar.subtractBusinessDays(target, n);
        expect(calendar.isBusinessDay(notice)).toBe(true);
        expect(calendar.businessDaysBetween(notice, target)).toBe(n);
        // It is the latest such business day: the next business day is short of n.
        const next = calendar.addBusinessDays(notice, 1).dueOn;
        if (next <= target) expect(calendar.businessDaysBetween(next, target)).toBe(n - 1);
        if (n >= 1 && calendar.isBusinessDay(target)) expect(calendar.addBusinessDays(notice, n).dueOn).toBe(target);
      }),
    );
  });

  it('businessDaysBetween is antisymmetric and additive', () => {
    fc.assert(
      fc.property(dateArb, dateArb, dateArb, (a, b, c) => {
        expect(calendar.businessDaysBetween(a, b)).toBe(0 - calendar.businessDaysBetween(b, a));
        expect(Object.is(calendar.businessDaysBetween(a, a), 0)).toBe(true);
        expect(calendar.businessDaysBetween(a, b) + calendar.businessDaysBetween(b, c)).toBe(calendar.businessDaysBetween(a, c));
      }),
    );
  });

  it("addCalendarDays(…, 'keep') is exactly n days after the receipt date", () => {
    fc.assert(
      fc.property(instantArb, fc.integer({ min: 0, max: 400 }), (at, n) => {
        const { dueOn } = calendar.addCalendarDays(at, n, { endOnNonBusinessDay: 'keep' });
        expect(DateTime.fromISO(dueOn, { zone: 'utc' }).diff(DateTime.fromISO(localDate(at), { zone: 'utc' }), 'days').days).toBe(n);
      }),
    );
  });

  it("addCalendarDays(…, 'next-business-day') is the first business day on or after the 'keep' date", () => {
    fc.assert(
      fc.property(instantArb, fc.integer({ min: 0, max: 60 }), (at, n) => {
        const kept = calendar.addCalendarDays(at, n).dueOn;
        const rolled = calendar.addCalendarDays(at, n, { endOnNonBusinessDay: 'next-business-day' }).dueOn;
        expect(calendar.isBusinessDay(rolled)).toBe(true);
        expect(rolled >= kept).toBe(true);
        expect(calendar.businessDaysBetween(kept, rolled)).toBe(calendar.isBusinessDay(kept) ? 0 : 1);
      }),
    );
  });

  it('subtractCalendarDays undoes addCalendarDays', () => {
    fc.assert(
      fc.property(dateArb, fc.integer({ min: 0, max: 400 }), (date, n) => {
        expect(calendar.subtractCalendarDays(calendar.addCalendarDays(date, n).dueOn, n)).toBe(date);
      }),
    );
  });
});
