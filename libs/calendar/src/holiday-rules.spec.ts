import { BusinessCalendar, type CalendarDefinition } from './index';

// A made-up calendar exercising every kind of rule, with a Friday–Saturday weekend.
const definition: CalendarDefinition = {
  id: 'test',
  title: 'test calendar',
  timeZone: 'UTC',
  weekendDays: [5, 6],
  holidayRules: [
    { kind: 'fixed', name: 'Fixed, stays put', month: 3, day: 7, observance: 'none' },
    { kind: 'fixed', name: 'Sunday moves', month: 6, day: 7, observance: 'sunday-to-monday' },
    { kind: 'fixed', name: 'Leap day', month: 2, day: 29, observance: 'none' },
    { kind: 'nth-weekday', name: 'Fifth Friday of May', month: 5, weekday: 5, nth: 5 },
    { kind: 'last-weekday', name: 'Last Wednesday of August', month: 8, weekday: 3 },
    { kind: 'fixed', name: 'Only 2025–2026', month: 10, day: 1, observance: 'nearest-weekday', firstYear: 2025, lastYear: 2026 },
  ],
  closures: [],
};
const calendar = new BusinessCalendar(definition);
const dates = (year: number) => calendar.nonBusinessDates(year).map((entry) => `${entry.date} ${entry.name}`);

describe('holiday rules as data', () => {
  it('computes each kind of rule, with its year limits and observance', () => {
    // 2026: 7 March is a Saturday (observance 'none' keeps it), 7 June a Sunday (→ Monday 8), May's Fridays are 1, 8, 15, 22, 29.
    expect(dates(2026)).toEqual([
      '2026-03-07 Fixed, stays put',
      '2026-05-29 Fifth Friday of May',
      '2026-06-08 Sunday moves (observed)',
      '2026-08-26 Last Wednesday of August',
      '2026-10-01 Only 2025–2026',
    ]);
    // 2024: leap day; May 2024 has five Fridays (31st); 1 Oct 2024 is before the rule's first year.
    expect(dates(2024)).toEqual([
      '2024-02-29 Leap day',
      '2024-03-07 Fixed, stays put',
      '2024-05-31 Fifth Friday of May',
      '2024-06-07 Sunday moves',
      '2024-08-28 Last Wednesday of August',
    ]);
    // 2027: 7 June is a Monday; May has only four Fridays; 2027 is after the last year of the October rule.
    expect(dates(2027)).toEqual(['2027-03-07 Fixed, stays put', '2027-06-07 Sunday moves', '2027-08-25 Last Wednesday of August']);
  });

  it('uses the weekend days the definition gives', () => {
    expect(calendar.isBusinessDay('2026-03-06')).toBe(false); // Friday
    expect(calendar.isBusinessDay('2026-03-08')).toBe(true); // Sunday
    expect(calendar.addBusinessDays('2026-03-04T12:00:00Z', 2).dueOn).toBe('2026-03-08'); // Wed → Thu, (Fri, Sat off), Sun
  });
});
