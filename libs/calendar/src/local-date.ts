/**
 * Calendar dates without a time or a zone, as 'YYYY-MM-DD' strings at the edges and as day numbers inside
 * (days since 1970-01-01, proleptic Gregorian). Day numbers make business-day stepping a matter of integer
 * increments and Set lookups, with no date object allocated per step.
 */

/** A calendar date, 'YYYY-MM-DD'. */
export type LocalDate = string;

/** Luxon's weekday numbers: 1 = Monday … 7 = Sunday. */
export type Weekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;

/** Years the library accepts: enough for any procedure, and keeps every date four digits long. */
export const MIN_YEAR = 1900;
export const MAX_YEAR = 2999;

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  return month === 2 ? (isLeapYear(year) ? 29 : 28) : [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
}

// Howard Hinnant's days_from_civil: exact integer arithmetic, no Date and no time zone involved.
export function dayNumber(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

export function civilOf(dayNo: number): { year: number; month: number; day: number } {
  const z = dayNo + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

/** 1970-01-01 (day 0) was a Thursday (4). */
export function weekdayOf(dayNo: number): Weekday {
  return (((((dayNo + 3) % 7) + 7) % 7) + 1) as Weekday;
}

export const FIRST_DAY = dayNumber(MIN_YEAR, 1, 1);
export const LAST_DAY = dayNumber(MAX_YEAR, 12, 31);

/** Checks that a day number is inside the supported years (date arithmetic can walk out of them). */
export function checkInRange(dayNo: number): number {
  if (dayNo < FIRST_DAY || dayNo > LAST_DAY) throw new RangeError(`date out of the supported years ${MIN_YEAR}–${MAX_YEAR}`);
  return dayNo;
}

/** Day number of a 'YYYY-MM-DD' string; a RangeError names what is wrong with it. */
export function parseLocalDate(value: unknown, what = 'date'): number {
  if (typeof value !== 'string') throw new RangeError(`${what} must be a 'YYYY-MM-DD' string, got ${typeof value}`);
  const match = DATE.exec(value);
  if (!match) throw new RangeError(`${what} must be 'YYYY-MM-DD', got '${value}'`);
  return dayNumberOfParts(+match[1], +match[2], +match[3], value, what);
}

export function dayNumberOfParts(year: number, month: number, day: number, text: string, what: string): number {
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) throw new RangeError(`${what} '${text}' is not a calendar date`);
  if (year < MIN_YEAR || year > MAX_YEAR) throw new RangeError(`${what} '${text}' is outside the supported years ${MIN_YEAR}–${MAX_YEAR}`);
  return dayNumber(year, month, day);
}

const pad2 = (n: number) => (n < 10 ? `0${n}` : `${n}`);

export function formatLocalDate(dayNo: number): LocalDate {
  const { year, month, day } = civilOf(dayNo);
  return `${year}-${pad2(month)}-${pad2(day)}`;
}
