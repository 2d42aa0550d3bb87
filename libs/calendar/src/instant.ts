import { IANAZone } from 'luxon';
import { dayNumberOfParts } from './local-date';

const DAY_MS = 86_400_000;

/**
 * An ISO 8601 instant with an explicit offset ('2026-03-02T09:00:00Z', '…+01:00'), or a plain 'YYYY-MM-DD'.
 * An instant without an offset is refused: reading it in the host's zone would make the result depend on the machine.
 */
const INSTANT = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?(Z|z|[+-]\d{2}(?::?\d{2})?)?)?$/;

/** What a "from" string denotes: an instant (epoch milliseconds) or a date already in the calendar's terms. */
export type Moment = { readonly kind: 'instant'; readonly epochMs: number } | { readonly kind: 'date'; readonly dayNo: number };

export function parseMoment(value: unknown, what = 'receivedAt'): Moment {
  if (typeof value !== 'string') throw new RangeError(`${what} must be an ISO 8601 string, got ${typeof value}`);
  const m = INSTANT.exec(value);
  if (!m) throw new RangeError(`${what} must be an ISO 8601 instant with an offset (e.g. 2026-03-02T09:00:00Z) or a 'YYYY-MM-DD' date, got '${value}'`);
  const dayNo = dayNumberOfParts(+m[1], +m[2], +m[3], value, what);
  if (m[4] === undefined) return { kind: 'date', dayNo };
  if (m[8] === undefined) throw new RangeError(`${what} '${value}' has a time but no offset: add 'Z' or '±hh:mm'`);
  const hour = +m[4];
  const minute = +m[5];
  const second = m[6] === undefined ? 0 : +m[6];
  const millis = m[7] === undefined ? 0 : Math.floor(+`0.${m[7]}` * 1000);
  if (hour > 23 || minute > 59 || second > 59) throw new RangeError(`${what} '${value}' has an impossible time of day`);
  let offsetMinutes = 0;
  const zone = m[8];
  if (zone !== 'Z' && zone !== 'z') {
    const sign = zone[0] === '-' ? -1 : 1;
    const digits = zone.slice(1).replace(':', '');
    const oh = +digits.slice(0, 2);
    const om = digits.length > 2 ? +digits.slice(2) : 0;
    if (oh > 23 || om > 59) throw new RangeError(`${what} '${value}' has an impossible offset`);
    offsetMinutes = sign * (oh * 60 + om);
  }
  const epochMs = dayNo * DAY_MS + ((hour * 60 + minute - offsetMinutes) * 60 + second) * 1000 + millis;
  return { kind: 'instant', epochMs };
}

/** A time zone and the date an instant falls on in it. */
export class ZoneClock {
  private readonly zone: IANAZone;
  /** Offsets per UTC hour, kept only for hours with no transition inside them (checked at both ends). */
  private readonly offsets = new Map<number, number>();

  constructor(readonly name: string) {
    if (!IANAZone.isValidZone(name)) throw new RangeError(`unknown IANA time zone '${name}'`);
    this.zone = IANAZone.create(name);
  }

  /** The offset (minutes) in force at an instant; Intl lookups are the costly part, hence the per-hour memo. */
  offsetAt(epochMs: number): number {
    const hour = Math.floor(epochMs / 3_600_000);
    const known = this.offsets.get(hour);
    if (known !== undefined) return known;
    const start = this.zone.offset(hour * 3_600_000);
    const end = this.zone.offset(hour * 3_600_000 + 3_599_999);
    if (start !== end) return this.zone.offset(epochMs);
    if (this.offsets.size > 100_000) this.offsets.clear();
    this.offsets.set(hour, start);
    return start;
  }

  /** The day number of the date the instant falls on in this zone. */
  dayOf(epochMs: number): number {
    return Math.floor((epochMs + this.offsetAt(epochMs) * 60_000) / DAY_MS);
  }
}
