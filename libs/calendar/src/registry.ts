import { BusinessCalendar } from './business-calendar';
import type { CalendarDefinition } from './calendar-definition';
import { US_FEDERAL } from './us-federal';

/** Calendar definitions a rulebook can name by `calendarId`. */
export const CALENDARS: readonly CalendarDefinition[] = [US_FEDERAL];

const byId = new Map(CALENDARS.map((definition) => [definition.id, definition]));
const built = new Map<string, BusinessCalendar>();

export function findCalendarDefinition(id: string): CalendarDefinition | undefined {
  return byId.get(id);
}

/** The calendar with this id, without closures (add them with withClosures); one shared instance per id, so its caches are shared. */
export function findCalendar(id: string): BusinessCalendar | undefined {
  const definition = byId.get(id);
  if (!definition) return undefined;
  let calendar = built.get(id);
  if (!calendar) built.set(id, (calendar = new BusinessCalendar(definition)));
  return calendar;
}

export const CALENDAR_IDS = CALENDARS.map((definition) => definition.id);
