import { dateExists } from './instants';

const CALENDAR_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A calendar date as 'YYYY-MM-DD' that exists ('2026-02-29' does not): no time, no zone. */
export function isCalendarDate(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const parts = CALENDAR_DATE.exec(value);
  return parts !== null && dateExists(Number(parts[1]), Number(parts[2]), Number(parts[3]));
}
