import { DuplicateKeyError, type ReadDocument } from '@pdr/application';
import { indexedValues } from './dot-path';
import { isPlainObject } from './document-copy';

/** Index keys of one document: encoded key → the key as MongoDB reports it ({ field: value }). */
export type IndexKeys = Map<string, Record<string, unknown>>;

/**
 * A unique index: which document owns each key. Keys follow MongoDB's multikey rules (see
 * indexedValues), so a document holding an array owns one key per element.
 */
export class UniqueIndex {
  private readonly owners = new Map<string, string>();

  constructor(
    readonly name: string,
    readonly fields: readonly string[],
  ) {}

  keysOf(doc: ReadDocument): IndexKeys {
    let combos: unknown[][] = [[]];
    for (const field of this.fields) {
      const values = indexedValues(doc, field);
      combos = combos.flatMap((prefix) => values.map((value) => [...prefix, value]));
    }
    const keys: IndexKeys = new Map();
    for (const combo of combos) {
      const encoded = combo.map(encodeKeyPart).join(',');
      if (!keys.has(encoded)) keys.set(encoded, Object.fromEntries(this.fields.map((f, i) => [f, combo[i] ?? null])));
    }
    return keys;
  }

  /** Throws when another document already owns one of `keys`. */
  assertFree(collection: string, id: string, keys: IndexKeys): void {
    for (const [encoded, key] of keys) {
      const owner = this.owners.get(encoded);
      if (owner !== undefined && owner !== id) throw new DuplicateKeyError(collection, key);
    }
  }

  add(id: string, keys: IndexKeys): void {
    for (const encoded of keys.keys()) this.owners.set(encoded, id);
  }

  remove(id: string, keys: IndexKeys): void {
    for (const encoded of keys.keys()) if (this.owners.get(encoded) === id) this.owners.delete(encoded);
  }
}

/** A type-tagged encoding, so 1 and '1' or a date and its ISO string stay distinct keys. */
function encodeKeyPart(value: unknown): string {
  // MongoDB indexes a missing field as null but an empty array as undefined: distinct keys.
  if (value === null) return 'n';
  if (value === undefined) return 'u';
  switch (typeof value) {
    case 'number':
      return `d${Object.is(value, -0) ? 0 : value}`;
    case 'bigint':
      return `d${value}`;
    case 'string':
      return JSON.stringify(value);
    case 'boolean':
      return value ? 'T' : 'F';
  }
  if (value instanceof Date) return `t${value.getTime()}`;
  if (Array.isArray(value)) return `[${value.map(encodeKeyPart).join(',')}]`;
  if (isPlainObject(value)) {
    return `{${Object.keys(value).map((k) => `${JSON.stringify(k)}:${encodeKeyPart(value[k])}`).join(',')}}`;
  }
  return `x${String(value)}`;
}
