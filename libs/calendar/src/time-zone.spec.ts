import { BusinessCalendar, US_FEDERAL } from './index';

const calendar = new BusinessCalendar(US_FEDERAL);

describe('the date of an instant is taken in the calendar zone (America/New_York)', () => {
  it('an instant at 2026-03-02T03:00Z is Sunday 1 March in New York', () => {
    expect(calendar.localDateOf('2026-03-02T03:00:00Z')).toBe('2026-03-01');
    expect(calendar.localDateOf('2026-03-02T05:00:00Z')).toBe('2026-03-02');
    expect(calendar.localDateOf('2026-03-02T00:30:00+01:00')).toBe('2026-03-01');
  });

  it('one millisecond either side of midnight New York time changes the due date', () => {
    expect(calendar.addBusinessDays('2026-03-04T04:59:59.999Z', 1).dueOn).toBe('2026-03-04'); // Tue 3 March 23:59:59.999 EST
    expect(calendar.addBusinessDays('2026-03-04T05:00:00.000Z', 1).dueOn).toBe('2026-03-05'); // Wed 4 March 00:00 EST
    expect(calendar.addBusinessDays('2026-07-01T03:59:59.999Z', 1).dueOn).toBe('2026-07-01'); // Tue 30 June 23:59 EDT
    expect(calendar.addBusinessDays('2026-07-01T04:00:00.000Z', 1).dueOn).toBe('2026-07-02');
  });

  it('dueAt is the end of the due day in New York: 03:59:59.999Z in EDT, 04:59:59.999Z in EST', () => {
    expect(calendar.addBusinessDays('2026-02-26T15:00:00Z', 5)).toEqual({ dueOn: '2026-03-05', dueAt: '2026-03-06T04:59:59.999Z' });
    expect(calendar.addBusinessDays('2026-03-05T15:00:00Z', 10)).toEqual({ dueOn: '2026-03-19', dueAt: '2026-03-20T03:59:59.999Z' });
  });

  it('receipts on the DST change days (2026-03-08 and 2026-11-01) keep their New York date', () => {
    for (const at of ['2026-03-08T05:00:00Z', '2026-03-08T06:59:59Z', '2026-03-08T07:00:00Z', '2026-03-09T03:59:59.999Z']) {
      expect(calendar.localDateOf(at)).toBe('2026-03-08');
      expect(calendar.addBusinessDays(at, 10).dueOn).toBe('2026-03-23');
    }
    expect(calendar.localDateOf('2026-03-08T04:59:59.999Z')).toBe('2026-03-07');
    // 01:30 happens twice on 1 November: first in EDT (05:30Z), then in EST (06:30Z).
    for (const at of ['2026-11-01T04:00:00Z', '2026-11-01T05:30:00Z', '2026-11-01T06:30:00Z', '2026-11-02T04:59:59.999Z']) {
      expect(calendar.localDateOf(at)).toBe('2026-11-01');
    }
    expect(calendar.localDateOf('2026-11-01T03:59:59.999Z')).toBe('2026-10-31');
  });

  it('the end of the 23- and 25-hour days is still local midnight less a millisecond', () => {
    expect(calendar.endOfDay('2026-03-07')).toBe('2026-03-08T04:59:59.999Z');
    expect(calendar.endOfDay('2026-03-08')).toBe('2026-03-09T03:59:59.999Z');
    expect(calendar.endOfDay('2026-10-31')).toBe('2026-11-01T03:59:59.999Z');
    expect(calendar.endOfDay('2026-11-01')).toBe('2026-11-02T04:59:59.999Z');
  });

  it('a calendar in another zone reads the same instant as another date', () => {
    const berlin = new BusinessCalendar({ ...US_FEDERAL, id: 'berlin-test', timeZone: 'Europe/Berlin' });
    expect(berlin.localDateOf('2026-03-02T03:00:00Z')).toBe('2026-03-02');
    expect(berlin.endOfDay('2026-03-02')).toBe('2026-03-02T22:59:59.999Z');
  });
});

describe('a receipt on a non-business day', () => {
  it("by default is treated as received on the next business day: Saturday's receipt plus 1 bd is Tuesday", () => {
    expect(calendar.addBusinessDays('2026-03-07T17:00:00Z', 1).dueOn).toBe('2026-03-10');
    expect(calendar.addBusinessDays('2026-03-07', 1).dueOn).toBe('2026-03-10');
  });

  it("read 'as-is' counts from the receipt date itself: Saturday's receipt plus 1 bd is Monday", () => {
    expect(calendar.addBusinessDays('2026-03-07T17:00:00Z', 1, { receiptOnNonBusinessDay: 'as-is' }).dueOn).toBe('2026-03-09');
  });

  it('on a holiday behaves like a weekend (Juneteenth 2026, a Friday)', () => {
    expect(calendar.addBusinessDays('2026-06-19T15:00:00Z', 1).dueOn).toBe('2026-06-23');
    expect(calendar.addBusinessDays('2026-06-19T15:00:00Z', 1, { receiptOnNonBusinessDay: 'as-is' }).dueOn).toBe('2026-06-22');
  });

  it('the reading can be set as the calendar default through its conventions', () => {
    const asIs = new BusinessCalendar({ ...US_FEDERAL, conventions: { receiptOnNonBusinessDay: 'as-is', endOnNonBusinessDay: 'next-business-day' } });
    expect(asIs.addBusinessDays('2026-03-07T17:00:00Z', 1).dueOn).toBe('2026-03-09');
    expect(asIs.addCalendarDays('2026-01-30T17:00:00Z', 30).dueOn).toBe('2026-03-02');
    expect(asIs.addBusinessDays('2026-03-07T17:00:00Z', 1, { receiptOnNonBusinessDay: 'next-business-day' }).dueOn).toBe('2026-03-10');
  });

  it('n = 0 gives the day the receipt counts as made', () => {
    expect(calendar.addBusinessDays('2026-03-07T17:00:00Z', 0).dueOn).toBe('2026-03-09');
    expect(calendar.addBusinessDays('2026-03-07T17:00:00Z', 0, { receiptOnNonBusinessDay: 'as-is' }).dueOn).toBe('2026-03-07');
    expect(calendar.addCalendarDays('2026-03-07T17:00:00Z', 0).dueOn).toBe('2026-03-07');
  });
});
