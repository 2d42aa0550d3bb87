import { BusinessCalendar, US_FEDERAL } from './index';

// Worked examples of the procedures' periods (docs/deadlines.md). Instants are UTC; dates are New York dates.
const calendar = new BusinessCalendar(US_FEDERAL);

describe('BBB EU Safe Harbor periods', () => {
  it('BBB-2.4b counts 15 business days after the request, skipping weekends and holidays', () => {
    // Request on Friday 2025-12-19; Christmas and New Year's Day 2026 fall inside the period.
    expect(calendar.addBusinessDays('2025-12-19T15:00:00Z', 15)).toEqual({ dueOn: '2026-01-13', dueAt: '2026-01-14T04:59:59.999Z' });
  });

  it('BBB-4.4 gives 30 business days for the Position, skipping Memorial Day', () => {
    expect(calendar.addBusinessDays('2026-05-01T14:00:00Z', 30)).toEqual({ dueOn: '2026-06-15', dueAt: '2026-06-16T03:59:59.999Z' });
  });

  it('BBB-4.4 gives the Respondent 30 business days after receipt of the Position, skipping Juneteenth and 3 July (observed)', () => {
    expect(calendar.addBusinessDays('2026-06-15T20:00:00Z', 30).dueOn).toBe('2026-07-29');
  });

  it('BBB-4.4.1 gives 15 business days after receipt of the default notice, skipping Thanksgiving', () => {
    expect(calendar.addBusinessDays('2026-11-20T15:00:00Z', 15)).toEqual({ dueOn: '2026-12-14', dueAt: '2026-12-15T04:59:59.999Z' });
  });

  it('BBB-4.4.2 gives the Complainant 10 business days after receipt of the Rebuttal, across Christmas and New Year', () => {
    expect(calendar.addBusinessDays('2026-12-18T16:00:00Z', 10).dueOn).toBe('2027-01-05');
  });

  it('BBB-4.4.3 gives the Respondent 10 business days after receipt of the reply, skipping MLK Day', () => {
    expect(calendar.addBusinessDays('2027-01-08T16:00:00Z', 10).dueOn).toBe('2027-01-25');
  });

  it("BBB-4.5.1 gives 10 business days to answer the Panelist's request, then 10 more after the default notice", () => {
    const answer = calendar.addBusinessDays('2027-02-10T15:00:00Z', 10);
    expect(answer.dueOn).toBe('2027-02-25'); // Washington's Birthday (15 Feb) skipped
    expect(calendar.addBusinessDays('2027-02-26T15:00:00Z', 10).dueOn).toBe('2027-03-12');
  });

  it('BBB-4.5.2 puts the written notice 15 business days before the oral hearing', () => {
    // Hearing Tuesday 2026-07-14: 3 July (observed Independence Day) is not a business day.
    const latestNotice = calendar.subtractBusinessDays('2026-07-14', 15);
    expect(latestNotice).toBe('2026-06-22');
    expect(calendar.businessDaysBetween(latestNotice, '2026-07-14')).toBe(15);
    expect(calendar.addBusinessDays(latestNotice, 15).dueOn).toBe('2026-07-14');
    // Reading 15 clear business days between notice and hearing moves it one business day earlier, past Juneteenth.
    expect(calendar.subtractBusinessDays('2026-07-14', 15, { clearDays: true })).toBe('2026-06-18');
  });

  it('BBB-4.6.2 counts 15 calendar days from receipt of the Decision, weekends and holidays included', () => {
    // Received on Veterans Day; the 15th day is Thanksgiving, kept by default.
    expect(calendar.addCalendarDays('2026-11-11T15:00:00Z', 15)).toEqual({ dueOn: '2026-11-26', dueAt: '2026-11-27T04:59:59.999Z' });
    expect(calendar.addCalendarDays('2026-11-11T15:00:00Z', 15, { endOnNonBusinessDay: 'next-business-day' }).dueOn).toBe('2026-11-27');
  });

  it('BBB-4.6.4 gives 5 business days after receipt of the Notice of Intent, skipping Christmas', () => {
    expect(calendar.addBusinessDays('2026-12-23T15:00:00Z', 5).dueOn).toBe('2026-12-31');
  });

  it('BBB-5 counts 30 business days after the time set for performance, given as a date', () => {
    expect(calendar.addBusinessDays('2026-08-31', 30)).toEqual({ dueOn: '2026-10-14', dueAt: '2026-10-15T03:59:59.999Z' });
  });

  it('BBB-8.8 gives at least 10 business days to cure after the notice of intended referral', () => {
    expect(calendar.addBusinessDays('2026-05-20T15:00:00Z', 10).dueOn).toBe('2026-06-04');
  });
});

describe('VeraSafe periods', () => {
  it('VS-7.1 gives the Participant 20 business days from receipt of the Complaint, skipping New Year and MLK Day', () => {
    expect(calendar.addBusinessDays('2025-12-29T14:00:00Z', 20)).toEqual({ dueOn: '2026-01-28', dueAt: '2026-01-29T04:59:59.999Z' });
  });

  it('VS-7.4 notifies the Parties at least 15 calendar days before the Mediation Teleconference', () => {
    expect(calendar.subtractCalendarDays('2026-07-20', 15)).toBe('2026-07-05');
    expect(calendar.subtractCalendarDays('2026-07-20', 15, { clearDays: true })).toBe('2026-07-04');
  });

  it('VS-7.4 sends the Settlement terms within 5 business days and allows a hearing request within 10 business days of the teleconference', () => {
    expect(calendar.addBusinessDays('2026-07-02T15:00:00Z', 5).dueOn).toBe('2026-07-10');
    expect(calendar.addBusinessDays('2026-07-02T15:00:00Z', 10).dueOn).toBe('2026-07-17');
  });
});

describe('CASRO enrolment', () => {
  it('CASRO-4 counts 30 calendar days from acceptance', () => {
    expect(calendar.addCalendarDays('2026-01-30T17:00:00Z', 30)).toEqual({ dueOn: '2026-03-01', dueAt: '2026-03-02T04:59:59.999Z' });
    expect(calendar.addCalendarDays('2026-01-30T17:00:00Z', 30, { endOnNonBusinessDay: 'next-business-day' }).dueOn).toBe('2026-03-02');
  });
});
