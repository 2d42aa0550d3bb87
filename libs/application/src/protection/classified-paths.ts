/** A place in an event's data that holds a string: the object or array holding it and the key within. */
export interface FieldSlot {
  readonly holder: Record<string, unknown> | unknown[];
  readonly key: string | number;
  /** Concrete path: `complainant.name`, `outcomesSought.0`, `remedies.1.details`. */
  readonly path: string;
}

/**
 * Every string at a classification pattern (`a.b`, `list[]`, `list[].c`) in `data`, with its concrete path. Absent
 * optional fields and non-string values are skipped: only strings are classified.
 */
export function stringSlots(data: unknown, pattern: string): FieldSlot[] {
  const slots: FieldSlot[] = [];
  walk(data, pattern.split('.'), 0, '', slots);
  return slots;
}

function walk(node: unknown, segments: readonly string[], at: number, prefix: string, slots: FieldSlot[]): void {
  if (node === null || typeof node !== 'object' || Array.isArray(node)) return;
  const segment = segments[at]!;
  const list = segment.endsWith('[]');
  const name = list ? segment.slice(0, -2) : segment;
  const path = prefix ? `${prefix}.${name}` : name;
  const value = (node as Record<string, unknown>)[name];
  const last = at === segments.length - 1;
  if (!list) {
    if (last) {
      if (typeof value === 'string') slots.push({ holder: node as Record<string, unknown>, key: name, path });
    } else walk(value, segments, at + 1, path, slots);
    return;
  }
  if (!Array.isArray(value)) return;
  value.forEach((element, index) => {
    if (last) {
      if (typeof element === 'string') slots.push({ holder: value, key: index, path: `${path}.${index}` });
    } else walk(element, segments, at + 1, `${path}.${index}`, slots);
  });
}

/** The slot at a concrete path, as written in an event's `protected` metadata; undefined when the data has none. */
export function slotAt(data: unknown, path: string): FieldSlot | undefined {
  const keys = path.split('.');
  let node: unknown = data;
  for (let i = 0; i < keys.length - 1; i += 1) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[keys[i]!];
  }
  if (node === null || typeof node !== 'object') return undefined;
  const last = keys[keys.length - 1]!;
  const key = Array.isArray(node) ? Number(last) : last;
  return typeof (node as Record<string, unknown>)[key as string] === 'string' ? { holder: node as Record<string, unknown>, key, path } : undefined;
}
