import { isPlainObject } from './document-copy';

const INDEX_SEGMENT = /^\d+$/;

/** Sets `a.b.c` on a document being built (an upsert seed), creating sub-documents on the way. */
export function setPath(target: Record<string, unknown>, path: string, value: unknown): void {
  const parts = path.split('.');
  let node = target;
  for (let i = 0; i < parts.length - 1; i++) {
    const part = parts[i];
    const next = node[part];
    if (next === undefined) {
      const created: Record<string, unknown> = {};
      node[part] = created;
      node = created;
    } else if (isPlainObject(next)) {
      node = next;
    } else {
      // Same refusal as MongoDB for a filter like { a: 1, 'a.b': 2 }.
      throw new Error(`cannot infer query fields to set, path '${path}' is matched twice`);
    }
  }
  const leaf = parts[parts.length - 1];
  if (node[leaf] !== undefined) throw new Error(`cannot infer query fields to set, path '${path}' is matched twice`);
  node[leaf] = value;
}

/**
 * Every value an index on `path` sees in a document, as MongoDB's multikey indexes do: arrays on the
 * way are walked element by element, a trailing array contributes each element, and a missing
 * field counts as null (so two documents without the field collide on a unique index).
 */
export function indexedValues(doc: unknown, path: string): unknown[] {
  const out: unknown[] = [];
  collect(doc, path.split('.'), 0, out);
  return out.length === 0 ? [null] : out;
}

function collect(value: unknown, parts: readonly string[], i: number, out: unknown[]): void {
  if (i === parts.length) {
    if (!Array.isArray(value)) out.push(value === undefined ? null : value);
    else if (value.length === 0) out.push(undefined);
    else for (const item of value) out.push(item);
    return;
  }
  if (Array.isArray(value)) {
    if (INDEX_SEGMENT.test(parts[i])) {
      collect(value[Number(parts[i])], parts, i + 1, out);
      return;
    }
    for (const item of value) if (isPlainObject(item)) collect(item, parts, i, out);
    return;
  }
  if (isPlainObject(value)) collect(value[parts[i]], parts, i + 1, out);
  else out.push(null);
}

/** What an update operator would find at `path`, or where the path cannot be created. */
export type PathProbe =
  | { readonly kind: 'value'; readonly value: unknown }
  | { readonly kind: 'blocked'; readonly at: string; readonly blocker: unknown };

/**
 * Walks a plain dot path (no positional segments) for the operand checks MongoDB makes and mingo
 * skips. A field name applied to an array blocks the path, as in MongoDB ("Cannot create field").
 */
export function probePath(doc: Record<string, unknown>, path: string): PathProbe {
  const parts = path.split('.');
  let node: unknown = doc;
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i];
    if (node === undefined) return { kind: 'value', value: undefined };
    if (Array.isArray(node)) {
      if (!INDEX_SEGMENT.test(part)) return { kind: 'blocked', at: parts.slice(0, i).join('.'), blocker: node };
      node = node[Number(part)];
    } else if (isPlainObject(node)) {
      node = node[part];
    } else {
      return { kind: 'blocked', at: parts.slice(0, i).join('.'), blocker: node };
    }
  }
  return { kind: 'value', value: node };
}
