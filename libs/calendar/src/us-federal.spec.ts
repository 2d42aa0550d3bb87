import { BusinessCalendar, US_FEDERAL } from './index';

const calendar = new BusinessCalendar(US_FEDERAL);

// Observed US federal holidays (5 U.S.C. 6103), written out by hand per year and checked against the OPM tables.
// A date belongs to the year it falls in: New Year's Day 2022 (a Saturday) is observed on 2021-12-31.
const OBSERVED: Record<number, string[]> = {
  2016: ['01-01', '01-18', '02-15', '05-30', '07-04', '09-05', '10-10', '11-11', '11-24', '12-26'],
  2017: ['01-02', '01-16', '02-20', '05-29', '07-04', '09-04', '10-09', '11-10', '11-23', '12-25'],
  2018: ['01-01', '01-15', '02-19', '05-28', '07-04', '09-03', '10-08', '11-12', '11-22', '12-25'],
  2019: ['01-01', '01-21', '02-18', '05-27', '07-04', '09-02', '10-14', '11-11', '11-28', '12-25'],
  2020: ['01-01', '01-20', '02-17', '05-25', '07-03', '09-07', '10-12', '11-11', '11-26', '12-25'],
  2021: ['01-01', '01-18', '02-15', '05-31', '06-18', '07-05', '09-06', '10-11', '11-11', '11-25', '12-24', '12-31'],
  2022: ['01-17', '02-21', '05-30', '06-20', '07-04', '09-05', '10-10', '11-11', '11-24', '12-26'],
  2023: ['01-02', '01-16', '02-20', '05-29', '06-19', '07-04', '09-04', '10-09', '11-10', '11-23', '12-25'],
  2024: ['01-01', '01-15', '02-19', '05-27', '06-19', '07-04', '09-02', '10-14', '11-11', '11-28', '12-25'],
  2025: ['01-01', '01-20', '02-17', '05-26', '06-19', '07-04', '09-01', '10-13', '11-11', '11-27', '12-25'],
  2026: ['01-01', '01-19', '02-16', '05-25', '06-19', '07-03', '09-07', '10-12', '11-11', '11-26', '12-25'],
  2027: ['01-01', '01-18', '02-15', '05-31', '06-18', '07-05', '09-06', '10-11', '11-11', '11-25', '12-24', '12-31'],
  2028: ['01-17', '02-21', '05-29', '06-19', '07-04', '09-04', '10-09', '11-10', '11-23', '12-25'],
  2029: ['01-01', '01-15', '02-19', '05-28', '06-19', '07-04', '09-03', '10-08', '11-12', '11-22', '12-25'],
  2030: ['01-01', '01-21', '02-18', '05-27', '06-19', '07-04', '09-02', '10-14', '11-11', '11-28', '12-25'],
};

describe('US federal holidays as observed (5 U.S.C. 6103)', () => {
  it.each(Object.entries(OBSERVED))('%s lists exactly the observed holidays, sorted', (year, days) => {
    const listed = calendar.nonBusinessDates(Number(year));
    expect(listed.map((entry) => entry.date)).toEqual(days.map((day) => `${year}-${day}`));
    expect(listed.every((entry) => entry.kind === 'holiday')).toBe(true);
  });

  it.each(Object.entries(OBSERVED))('%s: every observed holiday is a non-business day', (year, days) => {
    for (const day of days) expect(calendar.isBusinessDay(`${year}-${day}`)).toBe(false);
  });

  const BUSINESS_DAYS: Record<number, number> = {
    2016: 251, 2017: 250, 2018: 251, 2019: 251, 2020: 252, 2021: 249, 2022: 250, 2023: 249,
    2024: 251, 2025: 250, 2026: 250, 2027: 249, 2028: 250, 2029: 250, 2030: 250,
  };
  it.each(Object.entries(BUSINESS_DAYS))('%s has %i business days (weekdays minus observed holidays)', (year, days) => {
    expect(calendar.businessDaysBetween(`${Number(year) - 1}-12-31`, `${year}-12-31`)).toBe(days);
  });

  it('has no Juneteenth before 2021', () => {
    for (let year = 2016; year <= 2020; year++) expect(calendar.nonBusinessDates(year).some((entry) => entry.name.startsWith('Juneteenth'))).toBe(false);
    expect(calendar.isBusinessDay('2020-06-19')).toBe(true);
    expect(calendar.nonBusinessDates(2021).find((entry) => entry.name.startsWith('Juneteenth'))).toEqual({
      date: '2021-06-18',
      name: 'Juneteenth National Independence Day (observed)',
      kind: 'holiday',
    });
  });

  it("lists New Year's Day 2022 in 2021, where it is observed, and names moved holidays as observed", () => {
    expect(calendar.nonBusinessDates(2021).at(-1)).toEqual({ date: '2021-12-31', name: "New Year's Day (observed)", kind: 'holiday' });
    expect(calendar.nonBusinessDates(2022).some((entry) => entry.name.startsWith("New Year's Day"))).toBe(false);
    expect(calendar.nonBusinessDates(2023)[0]).toEqual({ date: '2023-01-02', name: "New Year's Day (observed)", kind: 'holiday' });
    expect(calendar.nonBusinessDates(2026).map((entry) => entry.name)).toEqual([
      "New Year's Day",
      'Birthday of Martin Luther King, Jr.',
      "Washington's Birthday",
      'Memorial Day',
      'Juneteenth National Independence Day',
      'Independence Day (observed)',
      'Labor Day',
      'Columbus Day',
      'Veterans Day',
      'Thanksgiving Day',
      'Christmas Day',
    ]);
  });

  it('does not treat Inauguration Day as a national holiday', () => {
    expect(calendar.isBusinessDay('2021-01-20')).toBe(true);
    expect(calendar.isBusinessDay('2017-01-20')).toBe(true);
  });

  it('keeps the actual date of a moved holiday a plain weekend day', () => {
    expect(calendar.isBusinessDay('2026-07-04')).toBe(false); // Saturday
    expect(calendar.isBusinessDay('2026-07-03')).toBe(false); // observed
    expect(calendar.isBusinessDay('2026-07-06')).toBe(true);
    expect(calendar.isBusinessDay('2023-01-02')).toBe(false); // New Year's Day 2023 fell on a Sunday
  });

  it('follows the 1971–1977 Veterans Day on the fourth Monday of October, and MLK Day only from 1986', () => {
    expect(calendar.nonBusinessDates(1975).find((entry) => entry.name === 'Veterans Day')?.date).toBe('1975-10-27');
    expect(calendar.isBusinessDay('1975-11-11')).toBe(true);
    expect(calendar.nonBusinessDates(1985).some((entry) => entry.name.startsWith('Birthday of Martin'))).toBe(false);
    expect(calendar.nonBusinessDates(1986).find((entry) => entry.name.startsWith('Birthday of Martin'))?.date).toBe('1986-01-20');
  });
});
