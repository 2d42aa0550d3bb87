import { validateHolidayRule, type HolidayRule } from './holiday-rules';
import { parseLocalDate, MAX_YEAR, MIN_YEAR, type LocalDate, type Weekday } from './local-date';

/** A one-off closure (e.g. the 2019-12-24 and 2025-01-09 executive-order closures): data an administrator records. */
export interface Closure {
  readonly date: LocalDate;
  readonly reason: string;
}

/**
 * "A receipt on a non-business day counts from the next business day."
 * - 'next-business-day': the receipt is treated as made on the next business day, and day 1 is the business day after that
 *   (received Saturday, 1 bd → Tuesday).
 * - 'as-is': the receipt keeps its own date, and day 1 is the first business day after it (received Saturday, 1 bd → Monday).
 */
export type ReceiptOnNonBusinessDay = 'next-business-day' | 'as-is';

/** Whether a period counted in calendar days that ends on a non-business day stays there or moves to the next business day. */
export type EndOnNonBusinessDay = 'keep' | 'next-business-day';

/** Readings a calendar applies unless a call asks otherwise. */
export interface CalendarConventions {
  /** Default 'next-business-day'. */
  readonly receiptOnNonBusinessDay?: ReceiptOnNonBusinessDay;
  /** For calendar-day periods. Default 'keep': the texts say nothing about rolling forward. */
  readonly endOnNonBusinessDay?: EndOnNonBusinessDay;
}

/** A business-day calendar as data: which days are weekends, which holidays and closures there are, in which zone. */
export interface CalendarDefinition {
  readonly id: string;
  readonly title: string;
  /** IANA zone the administrator works in: the date of an instant and the end of a day are taken there. */
  readonly timeZone: string;
  /** Luxon weekday numbers (6 = Saturday, 7 = Sunday). */
  readonly weekendDays: readonly Weekday[];
  readonly holidayRules: readonly HolidayRule[];
  readonly closures: readonly Closure[];
  /** First year the holiday rules describe (earlier dates are refused rather than answered wrongly). Default 1900. */
  readonly firstYear?: number;
  readonly conventions?: CalendarConventions;
}

export const DEFAULT_CONVENTIONS: Required<CalendarConventions> = { receiptOnNonBusinessDay: 'next-business-day', endOnNonBusinessDay: 'keep' };

/** Refuses a definition that cannot work (an unknown zone is checked where the zone is opened). */
export function validateDefinition(definition: CalendarDefinition): void {
  if (!definition.id) throw new RangeError('a calendar needs an id');
  const weekend = definition.weekendDays;
  if (!Array.isArray(weekend) || weekend.some((day) => ![1, 2, 3, 4, 5, 6, 7].includes(day))) throw new RangeError(`calendar '${definition.id}': weekendDays must be luxon weekdays 1–7`);
  // With every weekday a weekend, no business day would ever come and counting would never end.
  if (new Set(weekend).size >= 7) throw new RangeError(`calendar '${definition.id}': at least one weekday must be a business day`);
  definition.holidayRules.forEach(validateHolidayRule);
  definition.closures.forEach(validateClosure);
  const first = definition.firstYear;
  if (first !== undefined && (!Number.isInteger(first) || first < MIN_YEAR || first > MAX_YEAR)) throw new RangeError(`calendar '${definition.id}': firstYear must be an integer in ${MIN_YEAR}–${MAX_YEAR}`);
  const conventions = definition.conventions ?? {};
  if (conventions.receiptOnNonBusinessDay !== undefined) checkReceiptReading(conventions.receiptOnNonBusinessDay);
  if (conventions.endOnNonBusinessDay !== undefined) checkEndReading(conventions.endOnNonBusinessDay);
}

export function validateClosure(closure: Closure): void {
  parseLocalDate(closure?.date, 'closure date');
  if (typeof closure.reason !== 'string' || closure.reason.trim() === '') throw new RangeError(`closure on ${closure.date} needs a reason`);
}

export function checkReceiptReading(value: string): ReceiptOnNonBusinessDay {
  if (value !== 'next-business-day' && value !== 'as-is') throw new RangeError(`receiptOnNonBusinessDay must be 'next-business-day' or 'as-is', got '${value}'`);
  return value;
}

export function checkEndReading(value: string): EndOnNonBusinessDay {
  if (value !== 'keep' && value !== 'next-business-day') throw new RangeError(`endOnNonBusinessDay must be 'keep' or 'next-business-day', got '${value}'`);
  return value;
}
