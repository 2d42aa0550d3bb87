import type { Filter, ReadDocument, Update, WriteOperation, WriteResult } from '@pdr/application';
import type { CollectionState } from './collection-state';
import { deepCopy, isPlainObject, sameDocument } from './document-copy';
import { UpdatePlan } from './update-plan';
import { buildUpsertDocument, buildUpsertReplacement, withIdFirst } from './upsert';

/** Where writes land: collections come into being on their first insert, as on MongoDB. */
export interface WriteTarget {
  readonly name: string;
  existing(): CollectionState | undefined;
  ensure(): CollectionState;
}

export type WriteCounts = { -readonly [K in keyof WriteResult]: WriteResult[K] };

export function emptyCounts(): WriteCounts {
  return { matched: 0, modified: 0, upserted: 0, inserted: 0, deleted: 0 };
}

/**
 * Applies one bulk-write operation; throws (leaving earlier operations applied) on failure. `handedOver`: the caller will not
 * touch the operation's objects again, so updates and inserted documents are kept without a copy.
 */
export function applyWrite(target: WriteTarget, operation: WriteOperation, counts: WriteCounts, handedOver = false): void {
  if ('updateOne' in operation) {
    const { filter, update, upsert } = operation.updateOne;
    updateMatching(target, filter, update, upsert === true, 1, counts, handedOver);
  } else if ('updateMany' in operation) {
    const { filter, update } = operation.updateMany;
    updateMatching(target, filter, update, false, Infinity, counts, handedOver);
  } else if ('replaceOne' in operation) {
    const { filter, replacement, upsert } = operation.replaceOne;
    replaceOne(target, filter, replacement, upsert === true, counts);
  } else if ('insertOne' in operation) {
    const document = requireDocument(operation.insertOne.document);
    const doc = withIdFirst(handedOver ? document : deepCopy(document));
    target.ensure().insert(target.name, doc);
    counts.inserted++;
  } else if ('deleteOne' in operation) {
    remove(target, operation.deleteOne.filter, 1, counts);
  } else if ('deleteMany' in operation) {
    remove(target, operation.deleteMany.filter, Infinity, counts);
  } else {
    throw new Error(`unknown write operation: ${Object.keys(operation as object).join(', ')}`);
  }
}

function updateMatching(target: WriteTarget, filter: Filter, update: Update, upsert: boolean, limit: number, counts: WriteCounts, handedOver: boolean): void {
  // Compiled (and so validated) even when nothing matches, as MongoDB validates every update.
  const plan = UpdatePlan.compile(update, handedOver);
  const state = target.existing();
  const matches = state?.match(filter, limit) ?? [];
  if (!state || matches.length === 0) {
    if (!upsert) return;
    target.ensure().insert(target.name, buildUpsertDocument(filter, plan));
    counts.upserted++;
    return;
  }
  for (const current of matches) {
    counts.matched++;
    const next = plan.updated(current, filter);
    if (next) {
      state.replace(target.name, current, next);
      counts.modified++;
    }
  }
}

function replaceOne(target: WriteTarget, filter: Filter, replacement: ReadDocument, upsert: boolean, counts: WriteCounts): void {
  requireDocument(replacement);
  if (Object.keys(replacement).some((key) => key.startsWith('$'))) {
    throw new Error('Replacement document must not contain atomic operators');
  }
  const state = target.existing();
  const [current] = state?.match(filter, 1) ?? [];
  if (!state || !current) {
    if (!upsert) return;
    target.ensure().insert(target.name, buildUpsertReplacement(filter, replacement));
    counts.upserted++;
    return;
  }
  counts.matched++;
  if (replacement._id !== undefined && replacement._id !== current._id) {
    throw new Error(`After applying the update, the (immutable) field '_id' was found to have been altered to _id: ${JSON.stringify(replacement._id)}`);
  }
  const next = withIdFirst({ ...deepCopy(replacement), _id: current._id });
  if (sameDocument(current, next)) return;
  state.replace(target.name, current, next);
  counts.modified++;
}

function remove(target: WriteTarget, filter: Filter, limit: number, counts: WriteCounts): void {
  const state = target.existing();
  if (!state) return;
  for (const doc of state.match(filter, limit)) {
    state.remove(doc);
    counts.deleted++;
  }
}

function requireDocument<T>(doc: T): T {
  if (!isPlainObject(doc)) throw new TypeError('documents must be plain objects');
  return doc;
}
