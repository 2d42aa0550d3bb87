import type { Filter, PendingDeadlineOptions, ReadCollection, ReadDocument } from '@pdr/application';
import { afterPosition } from './keyset';

/**
 * A page of running deadlines, earliest first, from a collection whose rows' `_id` is their pendingDeadlineKey and that
 * has a `{ dueAt: 1, _id: 1 }` index: `after` seeks (dueAt, _id), so the reconciler's pages each read only themselves.
 */
export async function pendingDeadlinePage<T extends ReadDocument & { dueAt: string }, K extends keyof T & string>(collection: ReadCollection<T>, fields: readonly K[], options: PendingDeadlineOptions): Promise<Array<Pick<T, K>>> {
  const filter: Filter = {
    ...(options.dueBy ? { dueAt: { $lte: options.dueBy } } : {}),
    ...(options.after ? afterPosition({ field: 'dueAt', direction: 1, value: options.after.dueAt, id: options.after.key }) : {}),
  };
  // Indexed fields only (with _id): the in-process store answers from the indexed values, opening no row.
  const rows = await collection.find(filter, {
    sort: { dueAt: 1, _id: 1 },
    ...(options.limit ? { limit: options.limit } : {}),
    projection: Object.fromEntries(fields.map((field) => [field, 1])),
  });
  return rows.map((row) => Object.fromEntries(fields.map((field) => [field, row[field]])) as Pick<T, K>);
}
