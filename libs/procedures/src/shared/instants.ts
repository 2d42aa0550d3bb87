import { RuleViolation } from '@pdr/event-sourcing';

/**
 * A full ISO 8601 date-time with seconds and an explicit offset or Z (RFC 3339): '2026-03-02T09:00:00Z',
 * '2026-03-02T10:00:00.123+01:00'. A date alone, a time without an offset (whose meaning would depend on the host's
 * zone) or an impossible date or time of day ('2026-02-30', '25:00') is not an instant.
 */
const INSTANT = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.\d{1,9})?(?:Z|[+-](\d{2}):(\d{2}))$/;

export function isInstant(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const parts = INSTANT.exec(value);
  if (!parts) return false;
  const [, year, month, day, hour, minute, second, offsetHours, offsetMinutes] = parts.map((part) => Number(part ?? 0));
  return dateExists(year, month, day) && hour <= 23 && minute <= 59 && second <= 59 && offsetHours <= 23 && offsetMinutes <= 59;
}

/** Whether year-month-day names a day of the proleptic Gregorian calendar (no Date object: years below 100 stay put). */
export function dateExists(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const days = month === 2 ? (leap ? 29 : 28) : [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
  return day <= days;
}

/**
 * Refuses a receipt time that is no instant, or is later than the command's own time: a contact or complaint
 * is recorded after it arrives, never before.
 */
export function assertReceivedNotInFuture(receivedAt: string, issuedAt: string): void {
  if (!isInstant(receivedAt)) {
    throw new RuleViolation('unprocessable', 'INSTANT-INVALID', 'receivedAt must be an ISO 8601 instant with an offset, e.g. 2026-03-02T09:00:00Z', 'receivedAt');
  }
  if (Date.parse(receivedAt) > Date.parse(issuedAt)) {
    throw new RuleViolation('unprocessable', 'RECEIPT-IN-FUTURE', `receivedAt ${receivedAt} is later than now (${issuedAt})`, 'receivedAt');
  }
}
