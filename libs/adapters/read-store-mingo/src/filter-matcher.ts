import { Query as FullQuery } from 'mingo';
import { Context } from 'mingo/core';
import { Query as BaseQuery } from 'mingo/query';
import * as queryOperators from 'mingo/operators/query';
import type { Filter } from '@pdr/application';
import { isPlainObject } from './document-copy';

export type Matcher = (doc: Record<string, unknown>) => boolean;

/**
 * mingo's root Query copies every operator table (hundreds of expression operators) each time one is
 * built, about 10 µs; writes compile one filter each, so that cost caps projection rebuilds. Plain
 * filters only need the query operators, so they compile against this small context instead.
 * The spread reads the module namespace's getters once rather than on every copy.
 */
const QUERY_OPERATORS_ONLY = Context.init({ query: { ...queryOperators } });

/** Operators that evaluate aggregation expressions or scripts and so need mingo's full context. */
const EXPRESSION_OPERATORS = new Set(['$expr', '$where', '$jsonSchema']);

/**
 * Compiled filters by content. Even the small context leaves about 5 µs per compile, while the
 * guards projections send once the `_id` is taken out (`{ revision: { $lt: 7 } }`) repeat a lot.
 * A compiled mingo Query is pure (it keeps its own copy of the condition), so reuse is safe.
 * Cleared when full rather than LRU: the working set is small and clearing is cheap.
 */
const compiledByKey = new Map<string, Matcher>();
const CACHE_LIMIT = 10_000;

const MATCH_ALL: Matcher = () => true;

/** Compiles a MongoDB filter document into a predicate with mingo's query engine. */
export function compileFilter(filter: Filter): Matcher {
  if (!isPlainObject(filter)) throw new TypeError(`filter must be a plain object: ${String(filter)}`);
  if (Object.keys(filter).length === 0) return MATCH_ALL;
  if (needsExpressions(filter)) {
    const query = new FullQuery(filter);
    return (doc) => query.test(doc);
  }
  const key = cacheKey(filter);
  const cached = key === undefined ? undefined : compiledByKey.get(key);
  if (cached) return cached;
  const query = new BaseQuery(filter, { context: QUERY_OPERATORS_ONLY });
  const matcher: Matcher = (doc) => query.test(doc);
  if (key !== undefined) {
    if (compiledByKey.size >= CACHE_LIMIT) compiledByKey.clear();
    compiledByKey.set(key, matcher);
  }
  return matcher;
}

/** The filter without its `_id` condition, for documents already found by `_id`. */
export function withoutId(filter: Filter): Filter {
  const { _id, ...rest } = filter;
  return rest;
}

/**
 * A type-tagged text for filters made only of strings, finite numbers, booleans, null, arrays and
 * plain objects; undefined for anything else (RegExp, Date, ...), which is then not cached.
 */
function cacheKey(value: unknown): string | undefined {
  switch (typeof value) {
    case 'string':
      return JSON.stringify(value);
    case 'number':
      return Number.isFinite(value) ? `n${value}` : undefined;
    case 'boolean':
      return value ? 'T' : 'F';
    case 'object': {
      if (value === null) return 'N';
      let out = '';
      if (Array.isArray(value)) {
        for (const item of value) {
          const part = cacheKey(item);
          if (part === undefined) return undefined;
          out += `${part},`;
        }
        return `[${out}]`;
      }
      if (!isPlainObject(value)) return undefined;
      for (const key of Object.keys(value)) {
        const part = cacheKey(value[key]);
        if (part === undefined) return undefined;
        out += `${JSON.stringify(key)}:${part},`;
      }
      return `{${out}}`;
    }
    default:
      return undefined;
  }
}

function needsExpressions(filter: Record<string, unknown>): boolean {
  for (const [key, value] of Object.entries(filter)) {
    if (EXPRESSION_OPERATORS.has(key)) return true;
    if ((key === '$and' || key === '$or' || key === '$nor') && Array.isArray(value)) {
      if (value.some((clause) => isPlainObject(clause) && needsExpressions(clause))) return true;
    }
  }
  return false;
}

/**
 * The `_id` values a filter pins down (`_id: 'x'`, `{ $eq: 'x' }` or `{ $in: [...] }`), letting a
 * collection look documents up in its map instead of scanning. Undefined means: scan.
 */
export function idCandidates(filter: Filter): readonly string[] | undefined {
  const id = filter['_id'];
  if (typeof id === 'string') return [id];
  if (!isPlainObject(id)) return undefined;
  const keys = Object.keys(id);
  if (keys.length !== 1) return undefined;
  const operand = id[keys[0]];
  if (keys[0] === '$eq' && typeof operand === 'string') return [operand];
  if (keys[0] === '$in' && Array.isArray(operand) && operand.every((v) => typeof v === 'string')) {
    return [...new Set(operand as string[])];
  }
  return undefined;
}

/** True for exactly `{ _id: '<string>' }`: the map lookup alone decides the match. */
export function isIdOnlyFilter(filter: Filter): boolean {
  if (typeof filter['_id'] !== 'string') return false;
  for (const key in filter) if (key !== '_id') return false;
  return true;
}
