import { isCalendarDate } from '@pdr/procedures';
import { ValidateBy, type ValidationOptions } from 'class-validator';

export const CALENDAR_DATE_MESSAGE = '$property must be a calendar date as YYYY-MM-DD, e.g. 2026-03-02';

/** A date without a time: YYYY-MM-DD on a day that exists (a pattern alone lets '2026-02-30' through). */
export function IsCalendarDate(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy({ name: 'isCalendarDate', validator: { validate: (value) => isCalendarDate(value), defaultMessage: () => CALENDAR_DATE_MESSAGE } }, options);
}
