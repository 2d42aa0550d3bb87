import {
  checkEndReading,
  checkReceiptReading,
  DEFAULT_CONVENTIONS,
  validateClosure,
  validateDefinition,
  type CalendarDefinition,
  type Closure,
  type EndOnNonBusinessDay,
  type ReceiptOnNonBusinessDay,
} from './calendar-definition';
import { endOfDay, type Due } from './due';
import { observedIn } from './holiday-rules';
import { parseMoment, ZoneClock } from './instant';
import { checkInRange, civilOf, dayNumber, formatLocalDate, LAST_DAY, MAX_YEAR, MIN_YEAR, parseLocalDate, weekdayOf, type LocalDate } from './local-date';

/** A non-business date other than a weekend. */
export interface NonBusinessDate {
  readonly date: LocalDate;
  readonly name: string;
  readonly kind: 'holiday' | 'closure';
}

export interface AddBusinessDaysOptions {
  readonly receiptOnNonBusinessDay?: ReceiptOnNonBusinessDay;
}

export interface AddCalendarDaysOptions {
  readonly endOnNonBusinessDay?: EndOnNonBusinessDay;
}

export interface CountBackOptions {
  /**
   * false (default): the target date itself counts, as when counting forward the due date does ("15 bd before the hearing"
   * is the date from which the hearing date is the 15th business day; FRCP 6(a) counts backward the same way).
   * true: n clear days must lie strictly between the result and the target date.
   */
  readonly clearDays?: boolean;
}

function checkCount(n: unknown): number {
  if (typeof n !== 'number' || !Number.isInteger(n)) throw new RangeError(`a number of days must be an integer, got ${String(n)}`);
  if (n < 0) throw new RangeError(`a number of days must not be negative, got ${n}`);
  return n;
}

/**
 * Business-day arithmetic over a CalendarDefinition. Immutable: closures added later give a new calendar.
 * Days are handled as day numbers; the observed holidays and closures of each year are computed once, into one Set.
 */
export class BusinessCalendar {
  readonly definition: CalendarDefinition;
  private readonly clock: ZoneClock;
  private readonly weekend: readonly boolean[];
  private readonly closuresByDay = new Map<number, string[]>();
  private readonly closed = new Set<number>();
  /** Day numbers [loadedFrom, loadedTo) whose holidays and closures are in `closed`. */
  private loadedFrom = 0;
  private loadedTo = 0;
  private readonly firstDay: number;
  private readonly listings = new Map<number, readonly NonBusinessDate[]>();
  private readonly receiptReading: ReceiptOnNonBusinessDay;
  private readonly endReading: EndOnNonBusinessDay;

  constructor(definition: CalendarDefinition) {
    validateDefinition(definition);
    this.definition = definition;
    this.clock = new ZoneClock(definition.timeZone);
    const weekend = new Array<boolean>(8).fill(false);
    for (const day of definition.weekendDays) weekend[day] = true;
    this.weekend = weekend;
    for (const closure of definition.closures) {
      const dayNo = parseLocalDate(closure.date, 'closure date');
      const reasons = this.closuresByDay.get(dayNo) ?? [];
      reasons.push(closure.reason);
      this.closuresByDay.set(dayNo, reasons);
    }
    this.firstDay = dayNumber(definition.firstYear ?? MIN_YEAR, 1, 1);
    const conventions = { ...DEFAULT_CONVENTIONS, ...definition.conventions };
    this.receiptReading = conventions.receiptOnNonBusinessDay;
    this.endReading = conventions.endOnNonBusinessDay;
  }

  get id(): string {
    return this.definition.id;
  }

  get timeZone(): string {
    return this.definition.timeZone;
  }

  /** A new calendar with these closures added (a closure already present, same date and reason, is not repeated). */
  withClosures(closures: readonly Closure[]): BusinessCalendar {
    closures.forEach(validateClosure);
    const seen = new Set(this.definition.closures.map((c) => `${c.date}|${c.reason}`));
    const added = closures.filter((c) => !seen.has(`${c.date}|${c.reason}`) && seen.add(`${c.date}|${c.reason}`));
    return new BusinessCalendar({ ...this.definition, closures: [...this.definition.closures, ...added] });
  }

  isBusinessDay(date: LocalDate): boolean {
    return this.isBusiness(this.dateInRange(date, 'date'));
  }

  /** Observed holidays and closures in a calendar year, sorted by date (a holiday before a closure on the same date). Weekends are not listed. */
  nonBusinessDates(year: number): NonBusinessDate[] {
    if (!Number.isInteger(year) || year < MIN_YEAR || year > MAX_YEAR) throw new RangeError(`year must be an integer in ${MIN_YEAR}–${MAX_YEAR}, got ${year}`);
    let listing = this.listings.get(year);
    if (!listing) {
      const holidays = observedIn(this.definition.holidayRules, year).map((h) => ({
        dayNo: h.observed,
        entry: { date: formatLocalDate(h.observed), name: h.observed === h.actual ? h.name : `${h.name} (observed)`, kind: 'holiday' as const },
      }));
      const from = dayNumber(year, 1, 1);
      const to = dayNumber(year, 12, 31);
      const closures = [...this.closuresByDay]
        .filter(([dayNo]) => dayNo >= from && dayNo <= to)
        .flatMap(([dayNo, reasons]) => reasons.map((reason) => ({ dayNo, entry: { date: formatLocalDate(dayNo), name: reason, kind: 'closure' as const } })));
      listing = [...holidays, ...closures].sort((a, b) => a.dayNo - b.dayNo || (a.entry.kind === b.entry.kind ? 0 : a.entry.kind === 'holiday' ? -1 : 1)).map((x) => x.entry);
      this.listings.set(year, listing);
    }
    return listing.map((entry) => ({ ...entry }));
  }

  /**
   * The end of a period of n business days after receipt: the receipt day does not count, day 1 is the first business day
   * after it, and the period ends at the end of the nth business day in the calendar's zone. A receipt on a non-business day
   * follows `receiptOnNonBusinessDay` (default: treated as received on the next business day). n = 0 gives the (treated)
   * receipt day. `receivedAt` is an ISO instant with an offset, or a 'YYYY-MM-DD' date already in the calendar's terms.
   */
  addBusinessDays(receivedAt: string, n: number, options: AddBusinessDaysOptions = {}): Due {
    checkCount(n);
    const reading = options.receiptOnNonBusinessDay === undefined ? this.receiptReading : checkReceiptReading(options.receiptOnNonBusinessDay);
    let day = this.receiptDay(receivedAt);
    if (reading === 'next-business-day') while (!this.isBusiness(day)) day++;
    for (let left = n; left > 0; ) if (this.isBusiness(++day)) left--;
    return this.due(day);
  }

  /**
   * The end of a period of n calendar days after receipt (BBB-4.6.2, VS-7.4, CASRO-4 say plain "days"): the receipt day does
   * not count, the period ends at the end of the nth day. `endOnNonBusinessDay` (default 'keep') may move the end forward.
   */
  addCalendarDays(receivedAt: string, n: number, options: AddCalendarDaysOptions = {}): Due {
    checkCount(n);
    const reading = options.endOnNonBusinessDay === undefined ? this.endReading : checkEndReading(options.endOnNonBusinessDay);
    let day = checkInRange(this.receiptDay(receivedAt) + n);
    if (reading === 'next-business-day') while (!this.isBusiness(day)) day++;
    return this.due(day);
  }

  /**
   * The latest business day that is at least n business days before `date`: the business days after it, up to and including
   * `date`, number n (BBB-4.5.2: notice sent on or before this day is 15 bd before the hearing). The result is always a
   * business day, so a notice sent that day is also n business days ahead under either receipt reading.
   * With `clearDays`, `date` itself does not count. n = 0 gives `date` if it is a business day, else the business day before.
   */
  subtractBusinessDays(date: LocalDate, n: number, options: CountBackOptions = {}): LocalDate {
    checkCount(n);
    let day = this.dateInRange(date, 'date') - (options.clearDays ? 1 : 0);
    // count = business days in (day, target]; step back until it reaches n and day itself is a business day.
    let count = 0;
    while (count < n || !this.isBusiness(day)) {
      if (this.isBusiness(day)) count++;
      day--;
    }
    return formatLocalDate(day);
  }

  /** The date n calendar days before `date` (VS-7.4: notice "not less than fifteen days prior"); with `clearDays`, one more. */
  subtractCalendarDays(date: LocalDate, n: number, options: CountBackOptions = {}): LocalDate {
    checkCount(n);
    return formatLocalDate(checkInRange(this.dateInRange(date, 'date') - n - (options.clearDays ? 1 : 0)));
  }

  /**
   * Business days after `from` up to and including `to`, so that businessDaysBetween(d, addBusinessDays(d, n).dueOn) === n
   * for a receipt on a business day d. Zero when from === to; when `to` is before `from`, minus the count the other way.
   */
  businessDaysBetween(from: LocalDate, to: LocalDate): number {
    const start = this.dateInRange(from, 'from');
    const end = this.dateInRange(to, 'to');
    // 0 - n, not -n: never answer -0.
    if (end < start) return 0 - this.countAfter(end, start);
    return this.countAfter(start, end);
  }

  /** The date an instant falls on in the calendar's zone. */
  localDateOf(instant: string): LocalDate {
    return formatLocalDate(this.receiptDay(instant));
  }

  /** The last millisecond of a date in the calendar's zone, as an ISO instant in UTC. */
  endOfDay(date: LocalDate): string {
    return endOfDay(this.definition.timeZone, this.dateInRange(date, 'date'));
  }

  private countAfter(start: number, end: number): number {
    let count = 0;
    for (let day = start + 1; day <= end; day++) if (this.isBusiness(day)) count++;
    return count;
  }

  private due(dayNo: number): Due {
    return { dueOn: formatLocalDate(dayNo), dueAt: endOfDay(this.definition.timeZone, checkInRange(dayNo)) };
  }

  private receiptDay(receivedAt: string): number {
    const moment = parseMoment(receivedAt);
    const day = moment.kind === 'date' ? moment.dayNo : this.clock.dayOf(moment.epochMs);
    return this.checkYears(day);
  }

  private dateInRange(date: LocalDate, what: string): number {
    return this.checkYears(parseLocalDate(date, what));
  }

  private checkYears(dayNo: number): number {
    if (dayNo < this.firstDay || dayNo > LAST_DAY) {
      throw new RangeError(`${formatLocalDate(dayNo)} is outside the years calendar '${this.definition.id}' describes (${civilOf(this.firstDay).year}–${MAX_YEAR})`);
    }
    return dayNo;
  }

  private isBusiness(dayNo: number): boolean {
    if (this.weekend[weekdayOf(dayNo)]) return false;
    if (dayNo < this.loadedFrom || dayNo >= this.loadedTo) this.load(this.checkYears(dayNo));
    return !this.closed.has(dayNo);
  }

  /** Extends the loaded span, whole years at a time, to cover dayNo; the span stays contiguous so two bounds describe it. */
  private load(dayNo: number): void {
    const { year } = civilOf(dayNo);
    if (this.loadedTo === this.loadedFrom) {
      this.addYear(year);
      this.loadedFrom = dayNumber(year, 1, 1);
      this.loadedTo = dayNumber(year + 1, 1, 1);
      return;
    }
    while (dayNo < this.loadedFrom) {
      const y = civilOf(this.loadedFrom - 1).year;
      this.addYear(y);
      this.loadedFrom = dayNumber(y, 1, 1);
    }
    while (dayNo >= this.loadedTo) {
      const y = civilOf(this.loadedTo).year;
      this.addYear(y);
      this.loadedTo = dayNumber(y + 1, 1, 1);
    }
  }

  private addYear(year: number): void {
    for (const holiday of observedIn(this.definition.holidayRules, year)) this.closed.add(holiday.observed);
    const from = dayNumber(year, 1, 1);
    const to = dayNumber(year + 1, 1, 1);
    for (const dayNo of this.closuresByDay.keys()) if (dayNo >= from && dayNo < to) this.closed.add(dayNo);
  }
}
