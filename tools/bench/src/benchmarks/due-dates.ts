import { BusinessCalendar, findCalendar, findCalendarDefinition, type LocalDate } from '@pdr/calendar';
import type { Benchmark } from '../support/benchmark';
import { random } from '../support/case-events';
import type { Reporter } from '../support/figures';
import { formatNumber } from '../support/format';
import { nowMs, perSecond, Samples } from '../support/stats';

const CALENDAR_ID = 'us-federal';
const FIRST_YEAR = 2016;
const LAST_YEAR = 2030;
const DAY_MS = 86_400_000;

interface Input {
  /** ISO receipt instant (UTC 'Z'), spread uniformly over 2016–2030. */
  readonly receivedAt: string;
  /** 1..30 days, the spread of periods the rulebooks use. */
  readonly n: number;
  /** For businessDaysBetween: the receipt's local date, and a date 1..45 calendar days later. */
  readonly from: LocalDate;
  readonly to: LocalDate;
}

/**
 * BusinessCalendar arithmetic on the shared 'us-federal' calendar (the one findCalendar hands every caller):
 * addBusinessDays, addCalendarDays and businessDaysBetween over receipt instants spread across 2016–2030, n in 1..30,
 * with warm caches (every year loaded, every due date's end-of-day memoised), and separately the cost of the first
 * computation in a year a fresh calendar has not loaded yet.
 */
export const dueDatesBenchmark: Benchmark = {
  name: 'due-dates',
  description: 'BusinessCalendar computations per second (addBusinessDays, addCalendarDays, businessDaysBetween), warm and cold-year',
  async run(report, { quick }) {
    const inputCount = quick ? 10_000 : 100_000;
    const durationMs = quick ? 300 : 2_000;
    const coldRounds = quick ? 2 : 10;
    // Cold first, before anything fills the shared end-of-day memo for 2016–2030.
    coldFirstYear(report, coldRounds);
    const inputs = makeInputs(inputCount);
    const calendar = findCalendar(CALENDAR_ID)!;
    report.note(`${formatNumber(inputs.length)} receipt instants over ${FIRST_YEAR}–${LAST_YEAR}, n uniform in 1..30; ${durationMs / 1000} s per operation after one warming pass`);

    warm(report, 'addBusinessDays (n 1..30, warm caches)', inputs, durationMs, (input) => calendar.addBusinessDays(input.receivedAt, input.n).dueAt.length);
    warm(report, 'addCalendarDays (n 1..30, warm caches)', inputs, durationMs, (input) => calendar.addCalendarDays(input.receivedAt, input.n).dueAt.length);
    warm(report, 'businessDaysBetween (1..45 days apart, warm caches)', inputs, durationMs, (input) => calendar.businessDaysBetween(input.from, input.to));
    // The same period from a date already in the calendar's terms: what parsing an instant and its zone offset costs.
    warm(report, 'addBusinessDays from a YYYY-MM-DD date (warm caches)', inputs, durationMs, (input) => calendar.addBusinessDays(input.from, input.n).dueAt.length);
  },
};

function makeInputs(count: number): Input[] {
  const rnd = random(7);
  const calendar = findCalendar(CALENDAR_ID)!;
  const start = Date.UTC(FIRST_YEAR, 0, 1);
  const span = Date.UTC(LAST_YEAR + 1, 0, 1) - start;
  const inputs: Input[] = [];
  for (let i = 0; i < count; i++) {
    const receivedAt = new Date(start + Math.floor(rnd() * span)).toISOString();
    const from = calendar.localDateOf(receivedAt);
    const to = new Date(Date.parse(`${from}T00:00:00Z`) + (1 + Math.floor(rnd() * 45)) * DAY_MS).toISOString().slice(0, 10);
    inputs.push({ receivedAt, n: 1 + Math.floor(rnd() * 30), from, to });
  }
  return inputs;
}

/** One untimed pass over every input (loads every year, memoises every due date), then as many passes as fit in `durationMs`. */
function warm(report: Reporter, label: string, inputs: readonly Input[], durationMs: number, op: (input: Input) => number): void {
  let sink = 0;
  for (const input of inputs) sink += op(input);
  let ops = 0;
  const started = nowMs();
  let elapsed = 0;
  do {
    for (const input of inputs) sink += op(input);
    ops += inputs.length;
    elapsed = nowMs() - started;
  } while (elapsed < durationMs);
  report.figure(`${label}: ops/s`, perSecond(ops, elapsed), '/s');
  if (sink === -1) report.note('unreachable'); // keeps the results alive
}

/**
 * For each year 2016–2030, on a calendar built afresh (no year loaded, no zone offsets memoised), the first
 * addBusinessDays(receipt in that year, 10): loading the year's holidays, the zone offset lookup and the Luxon
 * end-of-day of a due date not computed before. JIT and Luxon are warmed first on years outside the range.
 */
function coldFirstYear(report: Reporter, rounds: number): void {
  const definition = findCalendarDefinition(CALENDAR_ID)!;
  for (let year = 2040; year < 2060; year++) new BusinessCalendar(definition).addBusinessDays(`${year}-03-02T15:00:00Z`, 10);
  const cold = new Samples();
  const second = new Samples();
  for (let round = 0; round < rounds; round++) {
    for (let year = FIRST_YEAR; year <= LAST_YEAR; year++) {
      const calendar = new BusinessCalendar(definition);
      // A different receipt day per round, so the due date's end-of-day (memoised per process) is new too.
      const receivedAt = new Date(Date.UTC(year, 0, 5) + round * 31 * DAY_MS + 15 * 3_600_000).toISOString();
      let started = nowMs();
      calendar.addBusinessDays(receivedAt, 10);
      cold.add((nowMs() - started) * 1000);
      // The next computation in that year on the same calendar: the year is loaded, the due date is new.
      const next = new Date(Date.parse(receivedAt) + 3 * DAY_MS).toISOString();
      started = nowMs();
      calendar.addBusinessDays(next, 10);
      second.add((nowMs() - started) * 1000);
    }
  }
  report.note(`cold: ${cold.count} first computations (${rounds} rounds x ${LAST_YEAR - FIRST_YEAR + 1} years), each on a fresh calendar`);
  report.figure('cold: first addBusinessDays in a not-yet-loaded year, p50', cold.percentile(50), 'µs');
  report.figure('cold: first addBusinessDays in a not-yet-loaded year, max', cold.max(), 'µs');
  report.figure('cold: next one in that year (year loaded, new due date), p50', second.percentile(50), 'µs');
}
