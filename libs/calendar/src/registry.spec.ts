import { BusinessCalendar, CALENDAR_IDS, CALENDARS, findCalendar, findCalendarDefinition, US_FEDERAL } from './index';

describe('calendar registry', () => {
  it('holds us-federal, in America/New_York, with Saturday and Sunday as the weekend and no built-in closures', () => {
    expect(CALENDAR_IDS).toEqual(['us-federal']);
    expect(CALENDARS).toContain(US_FEDERAL);
    expect(findCalendarDefinition('us-federal')).toBe(US_FEDERAL);
    const calendar = findCalendar('us-federal');
    expect(calendar).toBeInstanceOf(BusinessCalendar);
    expect(calendar?.id).toBe('us-federal');
    expect(calendar?.timeZone).toBe('America/New_York');
    expect(US_FEDERAL.weekendDays).toEqual([6, 7]);
    expect(US_FEDERAL.closures).toEqual([]);
    expect(findCalendar('us-federal')).toBe(calendar);
  });

  it('answers undefined for an unknown id', () => {
    expect(findCalendar('mars')).toBeUndefined();
  });
});
