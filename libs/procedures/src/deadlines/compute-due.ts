import type { BusinessCalendar } from '@pdr/calendar';
import type { DeadlineRule } from './deadline-rule';

/** When a period of `rule` that starts at `from` ends, in the rulebook's calendar. */
export function computeDue(calendar: BusinessCalendar, from: string, period: Pick<DeadlineRule, 'count' | 'unit'>): { dueOn: string; dueAt: string } {
  return period.unit === 'business-days' ? calendar.addBusinessDays(from, period.count) : calendar.addCalendarDays(from, period.count);
}
