import { BusinessCalendar, US_FEDERAL } from './index';

const plain = new BusinessCalendar(US_FEDERAL);
const closed = plain.withClosures([
  { date: '2019-12-24', reason: 'executive order closure: Christmas Eve' },
  { date: '2025-01-09', reason: 'executive order closure: National Day of Mourning for President Carter' },
]);

describe('one-off closures (data an administrator adds)', () => {
  it('are not built in', () => {
    expect(plain.isBusinessDay('2019-12-24')).toBe(true);
    expect(plain.isBusinessDay('2025-01-09')).toBe(true);
  });

  it('2019-12-24 moves a 5 business day period by one day', () => {
    expect(plain.addBusinessDays('2019-12-20T15:00:00Z', 5).dueOn).toBe('2019-12-30');
    expect(closed.addBusinessDays('2019-12-20T15:00:00Z', 5).dueOn).toBe('2019-12-31');
  });

  it('2025-01-09 moves a 5 business day period by one day', () => {
    expect(plain.addBusinessDays('2025-01-06T15:00:00Z', 5).dueOn).toBe('2025-01-13');
    expect(closed.addBusinessDays('2025-01-06T15:00:00Z', 5).dueOn).toBe('2025-01-14');
    expect(closed.businessDaysBetween('2025-01-06', '2025-01-14')).toBe(5);
    expect(closed.subtractBusinessDays('2025-01-14', 5)).toBe('2025-01-06');
  });

  it('are listed with their reason among the year\'s non-business dates, in date order', () => {
    expect(closed.nonBusinessDates(2019).slice(-2)).toEqual([
      { date: '2019-12-24', name: 'executive order closure: Christmas Eve', kind: 'closure' },
      { date: '2019-12-25', name: 'Christmas Day', kind: 'holiday' },
    ]);
    expect(closed.nonBusinessDates(2025).slice(0, 3).map((entry) => [entry.date, entry.kind])).toEqual([
      ['2025-01-01', 'holiday'],
      ['2025-01-09', 'closure'],
      ['2025-01-20', 'holiday'],
    ]);
  });

  it('leave the calendar they were added to unchanged, and are not repeated when added twice', () => {
    expect(plain.definition.closures).toEqual([]);
    const again = closed.withClosures([{ date: '2019-12-24', reason: 'executive order closure: Christmas Eve' }]);
    expect(again.definition.closures).toHaveLength(2);
    expect(again.nonBusinessDates(2019).filter((entry) => entry.kind === 'closure')).toHaveLength(1);
  });

  it('on a holiday list both, holiday first, and count once', () => {
    const both = plain.withClosures([{ date: '2026-12-25', reason: 'storm' }]);
    expect(both.nonBusinessDates(2026).slice(-2)).toEqual([
      { date: '2026-12-25', name: 'Christmas Day', kind: 'holiday' },
      { date: '2026-12-25', name: 'storm', kind: 'closure' },
    ]);
    expect(both.businessDaysBetween('2026-12-24', '2026-12-28')).toBe(1);
  });

  it('can be given in the definition itself', () => {
    const fromDefinition = new BusinessCalendar({ ...US_FEDERAL, closures: [{ date: '2025-01-09', reason: 'National Day of Mourning' }] });
    expect(fromDefinition.isBusinessDay('2025-01-09')).toBe(false);
  });

  it('are validated', () => {
    expect(() => plain.withClosures([{ date: '2025-13-01', reason: 'x' }])).toThrow(RangeError);
    expect(() => plain.withClosures([{ date: '2025-01-09', reason: ' ' }])).toThrow(/needs a reason/);
  });
});
