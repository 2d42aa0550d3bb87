import type { Filter, SortSpec } from '@pdr/application';
import { isPlainObject } from './document-copy';
import { compareValues as compare, type IndexEntry, type IndexPosition, type OrderedIndex } from './ordered-index';

/** One end of a range on a key value. */
export interface Bound {
  readonly value: unknown;
  readonly inclusive: boolean;
}

/**
 * How a find reads an index: the equality values of its leading fields, an optional range on the field after
 * them, and the direction that yields the query's sort (when `ordered`; otherwise the rows read are sorted after).
 */
export interface IndexPlan {
  readonly index: OrderedIndex;
  readonly equalities: readonly unknown[];
  /** In value order (low ≤ high), on `index.fields[equalities.length]`. */
  readonly low?: Bound;
  readonly high?: Bound;
  /** A keyset cursor's tie-break: rows after (value, next) on the range field and the one after it (see {@link keysetTie}). */
  readonly tie?: KeysetTie;
  /** True when reading the range in index order (or backward) gives the requested sort. */
  readonly ordered: boolean;
  readonly backward: boolean;
}

/**
 * Picks the index that narrows a filter most (longest run of leading equality fields, then a range on the
 * next field), preferring one that also yields the sort, so a find can stop at its limit. Undefined when no
 * usable index narrows the filter or serves the sort: the caller scans.
 *
 * Only top-level conditions narrow: `field: scalar`, `{ $eq }`, `$gt/$gte/$lt/$lte` on scalars, and an
 * `$or` whose every branch bounds the same field (the keyset cursor's `{ $or: [{ f: { $lt: v } }, { f: v, _id: { $gt: id } }] }`).
 * The range read is a superset of the matches: every row in it still goes through the whole filter.
 */
export function planIndex(indexes: readonly OrderedIndex[], filter: Filter, sort: SortSpec | undefined): IndexPlan | undefined {
  const equal = equalities(filter);
  const candidates: { plan: IndexPlan; score: number }[] = [];
  for (const index of indexes) {
    let p = 0;
    while (p < index.fields.length && equal.has(index.fields[p])) p++;
    const rangeField = index.fields[p];
    const range = rangeField === undefined ? undefined : rangeOf(filter, rangeField);
    const tie = rangeField === undefined ? undefined : keysetTie(filter, index, p);
    const direction = sort && Object.keys(sort).length > 0 ? sortDirection(index, p, equal, sort) : undefined;
    const narrows = p > 0 || range !== undefined;
    if (!narrows && direction === undefined) continue;
    const score = p * 4 + (range ? 2 : 0) + (direction !== undefined ? 1 : 0);
    candidates.push({
      score,
      plan: {
        index,
        equalities: index.fields.slice(0, p).map((field) => equal.get(field)),
        ...(range?.low ? { low: range.low } : {}),
        ...(range?.high ? { high: range.high } : {}),
        ...(tie ? { tie } : {}),
        ordered: direction !== undefined,
        backward: direction === -1,
      },
    });
  }
  // Best first (the first declared among equals); `usable` builds an index not built yet, so only those tried are.
  candidates.sort((a, b) => b.score - a.score);
  return candidates.find(({ plan }) => plan.index.usable)?.plan;
}

/** The positions in `plan.index` between which every row the plan's conditions allow lies. */
export function planRange(plan: IndexPlan): { start: IndexPosition; stop: IndexPosition } {
  const { index, equalities: values } = plan;
  const p = values.length;
  const dir = index.directions[p] ?? 1;
  // In index order, a descending field's high bound comes first.
  const first = dir === 1 ? plan.low : plan.high;
  const last = dir === 1 ? plan.high : plan.low;
  const startAt = (entry: IndexEntry): number => {
    const c = index.comparePrefix(entry, values);
    if (c !== 0 || !first) return c;
    return compare(entry.key[p], first.value) * dir;
  };
  const stopAt = (entry: IndexEntry): number => {
    const c = index.comparePrefix(entry, values);
    if (c !== 0 || !last) return c;
    return compare(entry.key[p], last.value) * dir;
  };
  let start = index.lowerBound((entry) => (first && !first.inclusive ? startAt(entry) > 0 : startAt(entry) >= 0));
  let stop = values.length === 0 && !last ? index.end() : index.lowerBound((entry) => (last && !last.inclusive ? stopAt(entry) >= 0 : stopAt(entry) > 0));
  const { tie } = plan;
  if (tie) {
    // In index order: the equality prefix, then the range field, then the field after it (or the _id tie-break).
    const at = (entry: IndexEntry): number => {
      const c = index.comparePrefix(entry, values);
      if (c !== 0) return c;
      const f = compare(entry.key[p], tie.value) * dir;
      return f !== 0 ? f : compare(tie.nextOf(entry), tie.next) * dir;
    };
    // Rows past the cursor in value order come after it in index order when the fields ascend and the cursor asks for
    // greater values (or both are reversed); otherwise before it.
    if ((tie.operator === '$gt') === (dir === 1)) start = later(start, index.lowerBound((entry) => at(entry) > 0));
    else stop = earlier(stop, index.lowerBound((entry) => at(entry) >= 0));
  }
  return { start, stop };
}

/**
 * A keyset cursor on the range field and the one after it: `$or: [{ f: { $gt: v } }, { f: v, g: { $gt: w } }]` (or
 * both `$lt`), where g is the index's next field, or `_id` as the tie-break of an index that does not declare it.
 * Many rows can share f (a due time, a stage): bounded by f alone, each page would read every row before the cursor.
 */
export interface KeysetTie {
  readonly operator: '$gt' | '$lt';
  readonly value: unknown;
  readonly next: unknown;
  readonly nextOf: (entry: IndexEntry) => unknown;
}

function keysetTie(filter: Filter, index: OrderedIndex, p: number): KeysetTie | undefined {
  const or = filter['$or'];
  const field = index.fields[p];
  if (!Array.isArray(or) || or.length !== 2 || field === undefined) return undefined;
  const declared = index.fields[p + 1];
  const nextField = declared ?? (index.fields.includes('_id') ? undefined : '_id');
  // The next field must run in the range field's direction (the implicit _id tie-break ascends).
  if (nextField === undefined || (declared === undefined ? 1 : index.directions[p + 1]) !== index.directions[p]) return undefined;
  const [past, tied] = or as unknown[];
  if (!isPlainObject(past) || !isPlainObject(tied) || Object.keys(past).length !== 1 || Object.keys(tied).length !== 2) return undefined;
  const strict = onlyOperator(past[field]);
  const after = onlyOperator(tied[nextField]);
  const value = tied[field];
  if (!strict || !after || strict.operator !== after.operator || !isScalar(value) || compare(strict.operand, value) !== 0) return undefined;
  return { operator: strict.operator, value, next: after.operand, nextOf: declared === undefined ? (entry) => entry.id : (entry) => entry.key[p + 1] };
}

/** `{ $gt: v }` or `{ $lt: v }` on a scalar, alone. */
function onlyOperator(condition: unknown): { operator: '$gt' | '$lt'; operand: unknown } | undefined {
  if (!isPlainObject(condition)) return undefined;
  const entries = Object.entries(condition);
  if (entries.length !== 1) return undefined;
  const [operator, operand] = entries[0]!;
  return (operator === '$gt' || operator === '$lt') && isScalar(operand) ? { operator, operand } : undefined;
}

const later = (a: IndexPosition, b: IndexPosition): IndexPosition => (a.chunk > b.chunk || (a.chunk === b.chunk && a.offset >= b.offset) ? a : b);
const earlier = (a: IndexPosition, b: IndexPosition): IndexPosition => (later(a, b) === a ? b : a);

/** Top-level equality conditions on scalars and null: the values an index's leading fields can seek. */
function equalities(filter: Filter): Map<string, unknown> {
  const out = new Map<string, unknown>();
  for (const [field, condition] of Object.entries(filter)) {
    if (field.startsWith('$')) continue;
    // `field: null` matches a missing field too, which an index keys as null: an equality it can seek (the retention sweep's "not disposed of").
    if (isScalar(condition) || condition === null) out.set(field, condition);
    else if (isPlainObject(condition) && Object.keys(condition).length === 1 && (isScalar(condition['$eq']) || condition['$eq'] === null)) out.set(field, condition['$eq']);
  }
  return out;
}

/** 1 or -1 when reading the index from its equality prefix, forward or backward, yields `sort`. */
function sortDirection(index: OrderedIndex, p: number, equal: Map<string, unknown>, sort: SortSpec): 1 | -1 | undefined {
  // Sorting on a field the filter pins to one value changes nothing.
  const keys = Object.entries(sort).filter(([field]) => !equal.has(field));
  const order: Array<[string, number]> = index.fields.slice(p).map((field, i) => [field, index.directions[p + i]]);
  if (!index.fields.includes('_id')) order.push(['_id', 1]);
  if (keys.length > order.length) return undefined;
  if (keys.length === 0) return 1;
  let direction: 1 | -1 | undefined;
  for (let i = 0; i < keys.length; i++) {
    if (keys[i][0] !== order[i][0]) return undefined;
    const d = keys[i][1] === order[i][1] ? 1 : -1;
    if (direction !== undefined && d !== direction) return undefined;
    direction = d;
  }
  return direction;
}

/** The range a filter allows `field`: its own range operators, narrowed by an `$or` whose every branch bounds it. */
function rangeOf(filter: Filter, field: string): { low?: Bound; high?: Bound } | undefined {
  let range = boundsIn(filter[field]);
  const or = filter['$or'];
  if (Array.isArray(or) && or.length > 0) {
    let union: { low?: Bound; high?: Bound } | undefined;
    for (const branch of or) {
      const bounds = isPlainObject(branch) ? boundsIn(branch[field]) : undefined;
      if (!bounds) {
        union = undefined;
        break;
      }
      union = union === undefined ? bounds : { low: looser(union.low, bounds.low, -1), high: looser(union.high, bounds.high, 1) };
    }
    if (union && (union.low || union.high)) range = range ? { low: tighter(range.low, union.low, 1), high: tighter(range.high, union.high, -1) } : union;
  }
  if (!range || (!range.low && !range.high)) return undefined;
  return range;
}

/** The bounds a condition on one field sets: a scalar is [v, v]; `$gt/$gte/$lt/$lte` (and `$eq`) on scalars. */
function boundsIn(condition: unknown): { low?: Bound; high?: Bound } | undefined {
  if (isScalar(condition)) return { low: { value: condition, inclusive: true }, high: { value: condition, inclusive: true } };
  if (!isPlainObject(condition)) return undefined;
  let low: Bound | undefined;
  let high: Bound | undefined;
  for (const [operator, operand] of Object.entries(condition)) {
    if (!isScalar(operand)) return undefined;
    switch (operator) {
      case '$eq':
        low = tighter(low, { value: operand, inclusive: true }, 1);
        high = tighter(high, { value: operand, inclusive: true }, -1);
        break;
      case '$gt':
      case '$gte':
        low = tighter(low, { value: operand, inclusive: operator === '$gte' }, 1);
        break;
      case '$lt':
      case '$lte':
        high = tighter(high, { value: operand, inclusive: operator === '$lte' }, -1);
        break;
      default:
        // Other operators do not bound the range, and the whole filter is applied to every row read anyway.
        break;
    }
  }
  return low || high ? { ...(low ? { low } : {}), ...(high ? { high } : {}) } : undefined;
}

/** Of two bounds, the one that allows less: `side` 1 for low bounds (the larger), -1 for high ones (the smaller). */
function tighter(a: Bound | undefined, b: Bound | undefined, side: 1 | -1): Bound | undefined {
  if (!a) return b;
  if (!b) return a;
  const c = compare(a.value, b.value) * side;
  if (c !== 0) return c > 0 ? a : b;
  return a.inclusive ? b : a;
}

/** Of two bounds, the one that allows more (undefined, no bound, allows most): `side` -1 for low bounds, 1 for high ones. */
function looser(a: Bound | undefined, b: Bound | undefined, side: 1 | -1): Bound | undefined {
  if (!a || !b) return undefined;
  const c = compare(a.value, b.value) * side;
  if (c !== 0) return c > 0 ? a : b;
  return a.inclusive ? a : b;
}

function isScalar(value: unknown): value is string | number | boolean {
  return typeof value === 'string' || typeof value === 'boolean' || (typeof value === 'number' && Number.isFinite(value));
}
