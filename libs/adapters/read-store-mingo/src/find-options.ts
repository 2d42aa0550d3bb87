import { find } from 'mingo';
import type { FindOptions, ReadDocument } from '@pdr/application';

/** Read limits as MongoDB does: 0 means none, a negative limit is its absolute value. */
export function effectiveLimit(options: FindOptions): number {
  const limit = options.limit ?? 0;
  if (!Number.isInteger(limit)) throw new Error(`limit must be an integer, got ${limit}`);
  return Math.abs(limit);
}

export function effectiveSkip(options: FindOptions): number {
  const skip = options.skip ?? 0;
  if (!Number.isInteger(skip) || skip < 0) throw new Error(`skip must be a non-negative integer, got ${skip}`);
  return skip;
}

export function hasSort(options: FindOptions): boolean {
  return options.sort !== undefined && Object.keys(options.sort).length > 0;
}

/**
 * Sorts, skips, limits and projects already-matched documents with a mingo cursor, so ordering
 * (BSON type order, missing as null) and projection rules are mingo's MongoDB-compatible ones.
 * The output may share values with stored documents: callers copy it.
 */
export function applyFindOptions(docs: readonly ReadDocument[], options: FindOptions): ReadDocument[] {
  const skip = effectiveSkip(options);
  const limit = effectiveLimit(options);
  const projection = options.projection ?? {};
  if (!hasSort(options) && skip === 0 && limit === 0 && Object.keys(projection).length === 0) return [...docs];
  const simple = hasSort(options) ? undefined : simpleProjection(projection);
  if (simple) {
    const window = limit > 0 ? docs.slice(skip, skip + limit) : docs.slice(skip);
    return window.map(simple);
  }
  const cursor = find<ReadDocument>(docs, {}, projection);
  if (options.sort && hasSort(options)) cursor.sort(options.sort);
  if (skip > 0) cursor.skip(skip);
  if (limit > 0) cursor.limit(limit);
  const shaped = cursor.all();
  return Object.keys(projection).length === 0 ? shaped : shaped.map(idFirst);
}

/** mingo's projection appends `_id`; MongoDB keeps it first. */
function idFirst(doc: ReadDocument): ReadDocument {
  if (!('_id' in doc) || Object.keys(doc)[0] === '_id') return doc;
  const { _id, ...rest } = doc;
  return { _id, ...rest };
}

/**
 * A projection of top-level fields only, all included or all excluded (`_id` either way), applied by hand: mingo
 * compiles a projection on every call, which cost more than the rest of a read by id (issue 13 profile of
 * GET /cases/{id}). Anything else (dotted paths, operators, mixed) is left to mingo: undefined.
 */
function simpleProjection(projection: Record<string, unknown>): ((doc: ReadDocument) => ReadDocument) | undefined {
  const fields = Object.entries(projection);
  if (fields.length === 0) return undefined;
  if (fields.some(([field, value]) => field.includes('.') || field.startsWith('$') || (value !== 0 && value !== 1 && value !== true && value !== false))) return undefined;
  const included = fields.filter(([, value]) => value === 1 || value === true).map(([field]) => field);
  const excluded = fields.filter(([, value]) => value === 0 || value === false).map(([field]) => field);
  if (included.length === 0) {
    return (doc) => {
      const out: Record<string, unknown> = { ...doc };
      for (const field of excluded) delete out[field];
      return out as ReadDocument;
    };
  }
  if (excluded.some((field) => field !== '_id')) return undefined;
  const withId = !excluded.includes('_id');
  const picked = included.filter((field) => field !== '_id');
  return (doc) => {
    const out: Record<string, unknown> = withId && '_id' in doc ? { _id: doc._id } : {};
    for (const field of picked) if (field in doc) out[field] = doc[field];
    return out as ReadDocument;
  };
}
