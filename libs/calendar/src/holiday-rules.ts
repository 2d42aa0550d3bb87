import { dayNumber, daysInMonth, weekdayOf, type Weekday } from './local-date';

/**
 * How a holiday that falls on a weekend is observed.
 * - 'nearest-weekday': Saturday → the Friday before, Sunday → the Monday after (5 U.S.C. 6103(b); Executive Order 11582).
 * - 'sunday-to-monday': only Sunday moves, to Monday.
 * - 'none': the holiday stays where it falls.
 * These speak of Saturday and Sunday as such, whatever a calendar's weekendDays are.
 */
export type Observance = 'none' | 'nearest-weekday' | 'sunday-to-monday';

interface RuleBase {
  readonly name: string;
  /** First and last year (inclusive) the rule applies to, e.g. Juneteenth from 2021. */
  readonly firstYear?: number;
  readonly lastYear?: number;
}

/** A holiday on the same month and day each year (Independence Day, July 4). */
export interface FixedDateRule extends RuleBase {
  readonly kind: 'fixed';
  readonly month: number;
  readonly day: number;
  readonly observance: Observance;
}

/** The nth given weekday of a month (Labor Day: the 1st Monday of September). */
export interface NthWeekdayRule extends RuleBase {
  readonly kind: 'nth-weekday';
  readonly month: number;
  readonly weekday: Weekday;
  readonly nth: 1 | 2 | 3 | 4 | 5;
}

/** The last given weekday of a month (Memorial Day: the last Monday of May). */
export interface LastWeekdayRule extends RuleBase {
  readonly kind: 'last-weekday';
  readonly month: number;
  readonly weekday: Weekday;
}

export type HolidayRule = FixedDateRule | NthWeekdayRule | LastWeekdayRule;

/** One year's occurrence of a rule: the day it falls on and the day it is observed, as day numbers. */
export interface HolidayOccurrence {
  readonly name: string;
  readonly actual: number;
  readonly observed: number;
}

function observe(dayNo: number, observance: Observance): number {
  const weekday = weekdayOf(dayNo);
  if (observance === 'nearest-weekday' && weekday === 6) return dayNo - 1;
  if (observance !== 'none' && weekday === 7) return dayNo + 1;
  return dayNo;
}

/** The rule's occurrence for its own year (which may be observed in the year before: New Year's Day on 31 December). */
export function occurrenceOf(rule: HolidayRule, year: number): HolidayOccurrence | undefined {
  if ((rule.firstYear !== undefined && year < rule.firstYear) || (rule.lastYear !== undefined && year > rule.lastYear)) return undefined;
  switch (rule.kind) {
    case 'fixed': {
      // 29 February only exists in leap years; such a rule simply has no occurrence in the others.
      if (rule.day > daysInMonth(year, rule.month)) return undefined;
      const actual = dayNumber(year, rule.month, rule.day);
      return { name: rule.name, actual, observed: observe(actual, rule.observance) };
    }
    case 'nth-weekday': {
      const first = dayNumber(year, rule.month, 1);
      const actual = first + ((rule.weekday - weekdayOf(first) + 7) % 7) + 7 * (rule.nth - 1);
      if (actual >= first + daysInMonth(year, rule.month)) return undefined;
      return { name: rule.name, actual, observed: actual };
    }
    case 'last-weekday': {
      const last = dayNumber(year, rule.month, daysInMonth(year, rule.month));
      const actual = last - ((weekdayOf(last) - rule.weekday + 7) % 7);
      return { name: rule.name, actual, observed: actual };
    }
  }
}

/**
 * Holidays observed within a calendar year, whichever year they belong to: observance moves a date by one day at most,
 * so the neighbouring years' occurrences are the only others that can land in it.
 */
export function observedIn(rules: readonly HolidayRule[], year: number): HolidayOccurrence[] {
  const from = dayNumber(year, 1, 1);
  const to = dayNumber(year, 12, 31);
  const found: HolidayOccurrence[] = [];
  for (const y of [year - 1, year, year + 1]) {
    for (const rule of rules) {
      const occurrence = occurrenceOf(rule, y);
      if (occurrence && occurrence.observed >= from && occurrence.observed <= to) found.push(occurrence);
    }
  }
  return found.sort((a, b) => a.observed - b.observed);
}

/** Refuses rules that cannot describe a date, so a bad definition fails when the calendar is built, not mid-computation. */
export function validateHolidayRule(rule: HolidayRule): void {
  const bad = (why: string) => new RangeError(`holiday rule '${rule.name}': ${why}`);
  if (!rule.name) throw new RangeError('a holiday rule needs a name');
  if (!Number.isInteger(rule.month) || rule.month < 1 || rule.month > 12) throw bad(`month ${rule.month} is not 1–12`);
  if (rule.firstYear !== undefined && !Number.isInteger(rule.firstYear)) throw bad('firstYear must be an integer');
  if (rule.lastYear !== undefined && !Number.isInteger(rule.lastYear)) throw bad('lastYear must be an integer');
  if (rule.firstYear !== undefined && rule.lastYear !== undefined && rule.firstYear > rule.lastYear) throw bad('firstYear is after lastYear');
  switch (rule.kind) {
    case 'fixed':
      if (!Number.isInteger(rule.day) || rule.day < 1 || rule.day > daysInMonth(2000, rule.month)) throw bad(`day ${rule.day} is not in month ${rule.month}`);
      if (!['none', 'nearest-weekday', 'sunday-to-monday'].includes(rule.observance)) throw bad(`unknown observance '${rule.observance}'`);
      return;
    case 'nth-weekday':
      if (![1, 2, 3, 4, 5].includes(rule.nth)) throw bad(`nth ${rule.nth} is not 1–5`);
      if (![1, 2, 3, 4, 5, 6, 7].includes(rule.weekday)) throw bad(`weekday ${rule.weekday} is not 1–7`);
      return;
    case 'last-weekday':
      if (![1, 2, 3, 4, 5, 6, 7].includes(rule.weekday)) throw bad(`weekday ${rule.weekday} is not 1–7`);
      return;
    default:
      throw new RangeError(`holiday rule '${(rule as HolidayRule).name}': unknown kind '${(rule as { kind: string }).kind}'`);
  }
}
