/**
 * Linear folds without giving up pure `evolve`: the collections a long stream grows (a case's deadlines, notices, …)
 * are updated through `withEntry` / `withItem`. Called on their own (a decider's `evolve`, a test), they copy, as
 * `{ ...record, [key]: value }` and `[...list, item]` would. Inside `foldFrom`, a collection that this same fold
 * copied is owned by it (no state outside the fold can see it), so the next update writes into it instead of copying
 * it again: folding n events costs O(n), not O(n²). Objects the fold did not create (its starting state, a cached
 * state) are never written to; once the fold returns nothing is owned any more, so its result is as immutable as any.
 *
 * The one rule for an `evolve`: a collection made by these helpers is kept in one place of the new state only.
 */
let owned: WeakSet<object> | undefined;

/** Runs `body` as one fold: collections created by the helpers within it may be updated in place within it. */
export function transiently<T>(body: () => T): T {
  const outer = owned;
  owned = new WeakSet();
  try {
    return body();
  } finally {
    owned = outer;
  }
}

/** `{ ...record, [key]: value }`, in place when the running fold made `record`. */
export function withEntry<V>(record: Readonly<Record<string, V>>, key: string, value: V): Readonly<Record<string, V>> {
  if (owned?.has(record)) {
    (record as Record<string, V>)[key] = value;
    return record;
  }
  const copy: Record<string, V> = { ...record, [key]: value };
  owned?.add(copy);
  return copy;
}

/** `[...list, item]`, in place when the running fold made `list`. */
export function withItem<T>(list: readonly T[], item: T): readonly T[] {
  if (owned?.has(list)) {
    (list as T[]).push(item);
    return list;
  }
  const copy = [...list, item];
  owned?.add(copy);
  return copy;
}
