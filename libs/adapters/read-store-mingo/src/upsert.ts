import type { Filter, ReadDocument } from '@pdr/application';
import { deepCopy, isPlainObject } from './document-copy';
import { setPath } from './dot-path';
import { newObjectIdHex } from './object-id';
import type { UpdatePlan } from './update-plan';

/**
 * The document an update upsert inserts when nothing matched, built as MongoDB builds it: the
 * filter's equality conditions (`field: value`, `field: { $eq: value }`, inside `$and`, or a
 * one-clause `$or`), then the update operators, `$setOnInsert` included.
 */
export function buildUpsertDocument(filter: Filter, plan: UpdatePlan): ReadDocument {
  const seed: Record<string, unknown> = {};
  for (const [path, value] of equalityFields(filter)) setPath(seed, path, deepCopy(value));
  plan.applyOnInsert(seed);
  return withIdFirst(seed);
}

/** A replacement upsert keeps only `_id` from the filter; every other field comes from the replacement. */
export function buildUpsertReplacement(filter: Filter, replacement: Record<string, unknown>): ReadDocument {
  const doc = deepCopy(replacement);
  if (doc['_id'] === undefined) {
    const id = equalityFields(filter).find(([path]) => path === '_id');
    if (id) doc['_id'] = deepCopy(id[1]);
  }
  return withIdFirst(doc);
}

/**
 * Gives the document a string `_id` (generating one like the server does) and puts it first, where
 * MongoDB stores it, so both stores return fields in the same order.
 */
export function withIdFirst(doc: Record<string, unknown>): ReadDocument {
  if (doc['_id'] === undefined) doc['_id'] = newObjectIdHex();
  const id = doc['_id'];
  if (typeof id !== 'string') throw new TypeError(`read documents need a string _id, got ${JSON.stringify(id)}`);
  if (Object.keys(doc)[0] === '_id') return doc as ReadDocument;
  const { _id, ...rest } = doc;
  return { _id: id, ...rest };
}

function equalityFields(filter: Filter, out: Array<[string, unknown]> = []): Array<[string, unknown]> {
  for (const [key, condition] of Object.entries(filter)) {
    if (key === '$and' && Array.isArray(condition)) {
      for (const clause of condition) if (isPlainObject(clause)) equalityFields(clause, out);
    } else if (key === '$or' && Array.isArray(condition) && condition.length === 1 && isPlainObject(condition[0])) {
      equalityFields(condition[0], out);
    } else if (key.startsWith('$') || condition instanceof RegExp) {
      // Other top-level operators and regular expressions select documents but name no value.
    } else if (isPlainObject(condition) && Object.keys(condition).some((k) => k.startsWith('$'))) {
      if ('$eq' in condition) out.push([key, condition['$eq']]);
    } else {
      out.push([key, condition]);
    }
  }
  return out;
}
