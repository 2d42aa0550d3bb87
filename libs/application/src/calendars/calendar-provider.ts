import { type BusinessCalendar, CALENDARS, findCalendar } from '@pdr/calendar';
import type { UpcasterRegistry } from '@pdr/event-sourcing';
import { type CalendarClosureAdded, calendarStream } from '@pdr/procedures';
import type { EventStore } from '../ports/event-store.port';

/**
 * Calendars as they stand now: the built-in definition plus every closure an administrator recorded on
 * the calendar's stream. Cached per stream revision, so a new closure is seen on the next call.
 */
export class CalendarProvider {
  private readonly cache = new Map<string, { revision: number; calendar: BusinessCalendar }>();

  constructor(
    private readonly store: EventStore,
    private readonly upcasters: UpcasterRegistry,
  ) {}

  ids(): string[] {
    return CALENDARS.map((definition) => definition.id);
  }

  /** The calendar with its closures, or undefined for an unknown id. */
  async find(calendarId: string): Promise<BusinessCalendar | undefined> {
    const base = findCalendar(calendarId);
    if (!base) return undefined;
    const [last] = await this.store.readStream(calendarStream(calendarId), { direction: 'backward', maxCount: 1 });
    const revision = last?.revision ?? -1;
    const cached = this.cache.get(calendarId);
    if (cached && cached.revision === revision) return cached.calendar;
    const closures = (await this.store.readStream(calendarStream(calendarId)))
      .map((event) => this.upcasters.upcast(event))
      .filter((event) => event.type === 'CalendarClosureAdded')
      .map((event) => (event.data as CalendarClosureAdded['data']))
      .map(({ date, reason }) => ({ date, reason }));
    const calendar = base.withClosures(closures);
    this.cache.set(calendarId, { revision, calendar });
    return calendar;
  }

  async require(calendarId: string): Promise<BusinessCalendar> {
    const calendar = await this.find(calendarId);
    if (!calendar) throw new Error(`No calendar ${calendarId}`);
    return calendar;
  }
}
