import { DateTime } from 'luxon';
import { civilOf, type LocalDate } from './local-date';

/** When a period ends: the last day, and the last millisecond of that day in the calendar's zone. */
export interface Due {
  readonly dueOn: LocalDate;
  /** ISO instant in UTC, e.g. '2026-03-20T03:59:59.999Z' (EDT) or '…T04:59:59.999Z' (EST). */
  readonly dueAt: string;
}

const cache = new Map<string, Map<number, string>>();

/**
 * The last millisecond of a date in a zone: one millisecond before the next day starts there. Luxon resolves DST
 * (a day is 23 or 25 hours long twice a year); answers are memoised per zone and day because due dates repeat a lot.
 */
export function endOfDay(timeZone: string, dayNo: number): string {
  let byDay = cache.get(timeZone);
  if (!byDay) cache.set(timeZone, (byDay = new Map()));
  const known = byDay.get(dayNo);
  if (known !== undefined) return known;
  const { year, month, day } = civilOf(dayNo);
  const iso = DateTime.fromObject({ year, month, day }, { zone: timeZone }).endOf('day').toUTC().toISO();
  if (iso === null) throw new RangeError(`cannot express the end of ${year}-${month}-${day} in ${timeZone}`);
  if (byDay.size > 50_000) byDay.clear();
  byDay.set(dayNo, iso);
  return iso;
}
