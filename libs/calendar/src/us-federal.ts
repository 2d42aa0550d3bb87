import type { CalendarDefinition } from './calendar-definition';
import type { HolidayRule } from './holiday-rules';

/**
 * The legal public holidays of 5 U.S.C. 6103(a), observed under 6103(b) and Executive Order 11582: a Saturday holiday on the
 * Friday before, a Sunday holiday on the Monday after (New Year's Day on a Saturday is observed on 31 December of the year
 * before). Inauguration Day (6103(c)) is a holiday only for employees in the Washington area, so it is not here.
 * Modelled from 1971, when the Uniform Monday Holiday Act took effect.
 */
export const US_FEDERAL_HOLIDAYS: readonly HolidayRule[] = [
  { kind: 'fixed', name: "New Year's Day", month: 1, day: 1, observance: 'nearest-weekday' },
  { kind: 'nth-weekday', name: 'Birthday of Martin Luther King, Jr.', month: 1, weekday: 1, nth: 3, firstYear: 1986 },
  { kind: 'nth-weekday', name: "Washington's Birthday", month: 2, weekday: 1, nth: 3 },
  { kind: 'last-weekday', name: 'Memorial Day', month: 5, weekday: 1 },
  { kind: 'fixed', name: 'Juneteenth National Independence Day', month: 6, day: 19, observance: 'nearest-weekday', firstYear: 2021 },
  { kind: 'fixed', name: 'Independence Day', month: 7, day: 4, observance: 'nearest-weekday' },
  { kind: 'nth-weekday', name: 'Labor Day', month: 9, weekday: 1, nth: 1 },
  { kind: 'nth-weekday', name: 'Columbus Day', month: 10, weekday: 1, nth: 2 },
  // Veterans Day sat on the 4th Monday of October from 1971 to 1977 (Pub. L. 94-97 moved it back to 11 November).
  { kind: 'nth-weekday', name: 'Veterans Day', month: 10, weekday: 1, nth: 4, lastYear: 1977 },
  { kind: 'fixed', name: 'Veterans Day', month: 11, day: 11, observance: 'nearest-weekday', firstYear: 1978 },
  { kind: 'nth-weekday', name: 'Thanksgiving Day', month: 11, weekday: 4, nth: 4 },
  { kind: 'fixed', name: 'Christmas Day', month: 12, day: 25, observance: 'nearest-weekday' },
];

/** The administrators' default calendar (CBBB in Arlington, VA; VeraSafe in the US): Eastern time. Closures are added as data. */
export const US_FEDERAL: CalendarDefinition = {
  id: 'us-federal',
  title: 'US federal holidays (5 U.S.C. 6103), Eastern time',
  timeZone: 'America/New_York',
  weekendDays: [6, 7],
  holidayRules: US_FEDERAL_HOLIDAYS,
  closures: [],
  firstYear: 1971,
};
