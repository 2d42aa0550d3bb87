/**
 * Deep copies and comparisons for stored documents.
 *
 * Why not structuredClone everywhere: read models are plain data (objects, arrays, strings, numbers,
 * booleans, null, Dates), and a hand-written walk over those is several times faster than
 * structuredClone, which matters on the projection hot path (every update copies its document).
 * Anything else (RegExp, Map, typed arrays, ...) falls back to structuredClone, so copies stay safe.
 */
export function deepCopy<T>(value: T): T {
  if (typeof value !== 'object' || value === null) return value;
  if (Array.isArray(value)) {
    const length = value.length;
    const out: unknown[] = new Array(length);
    for (let i = 0; i < length; i++) out[i] = deepCopy(value[i]);
    return out as T;
  }
  if (isPlainObject(value)) {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value)) {
      // A plain assignment of "__proto__" would replace the prototype instead of copying the field.
      if (key === '__proto__') Object.defineProperty(out, key, { value: deepCopy(value[key]), enumerable: true, writable: true, configurable: true });
      else out[key] = deepCopy(value[key]);
    }
    return out as T;
  }
  if (value instanceof Date) return new Date(value.getTime()) as T;
  return structuredClone(value);
}

/**
 * A plain object, from this realm or another one (Jest runs tests in a vm context, and
 * structuredClone there returns objects of the host realm): its prototype is null or a root
 * prototype, which rules out class instances, Dates, Maps and the like.
 */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null || (Object.getPrototypeOf(proto) === null && !Array.isArray(value));
}

/**
 * Equality as MongoDB sees a stored document: field order matters (BSON compares bytes), so a
 * replacement with the same fields in another order still counts as a modification.
 */
export function sameDocument(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) {
    return typeof a === 'number' && typeof b === 'number' && Number.isNaN(a) && Number.isNaN(b);
  }
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    return a.every((item, i) => sameDocument(item, b[i]));
  }
  if (a instanceof Date || b instanceof Date) {
    return a instanceof Date && b instanceof Date && a.getTime() === b.getTime();
  }
  if (isPlainObject(a) && isPlainObject(b)) {
    const keysA = Object.keys(a);
    const keysB = Object.keys(b);
    if (keysA.length !== keysB.length) return false;
    return keysA.every((key, i) => key === keysB[i] && sameDocument(a[key], b[key]));
  }
  return String(a) === String(b) && Object.getPrototypeOf(a) === Object.getPrototypeOf(b);
}
