export { MAX_YEAR, MIN_YEAR, type LocalDate, type Weekday } from './local-date';
export type { FixedDateRule, HolidayRule, LastWeekdayRule, NthWeekdayRule, Observance } from './holiday-rules';
export * from './calendar-definition';
export type { Due } from './due';
export * from './business-calendar';
export * from './us-federal';
export * from './registry';
