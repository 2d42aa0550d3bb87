import type { Filter, ReadCollection, ReadDocument } from '@pdr/application';
import type { Paging } from './page';

/**
 * One page of a list read by keyset: `next` is an opaque cursor for the page after this one (null on the last page,
 * absent where the sort offers no cursor). `page` is there only for offset paging; `total` only when a count was asked for.
 */
export interface KeysetPage<T> {
  readonly items: readonly T[];
  readonly pageSize: number;
  readonly next?: string | null;
  readonly page?: number;
  readonly total?: number;
}

/** Where a keyset page starts: after the row with this sort value and _id, in the sort the cursor was made for. */
export interface KeysetPosition {
  readonly field: string;
  readonly direction: 1 | -1;
  readonly value: string;
  readonly id: string;
}

/** A cursor that does not decode, or was made for another sort. */
export class InvalidCursorError extends Error {
  constructor(reason: string) {
    super(`invalid cursor: ${reason}`);
    this.name = 'InvalidCursorError';
  }
}

const CURSOR_VERSION = 1;

/**
 * The cursor after a row: its sort value and _id, base64url-encoded. Only sort keys that are not personal data
 * (instants, stages, ids) are ever put in a cursor; a list that sorts by a personal field offers no cursor for that sort.
 */
export function encodeCursor(position: KeysetPosition): string {
  return Buffer.from(JSON.stringify([CURSOR_VERSION, position.field, position.direction, position.value, position.id])).toString('base64url');
}

/** The position a cursor encodes; it must have been made for `field` and `direction`. */
export function decodeCursor(cursor: string, field: string, direction: 1 | -1): KeysetPosition {
  let decoded: unknown;
  try {
    decoded = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw new InvalidCursorError('not a cursor');
  }
  if (!Array.isArray(decoded) || decoded.length !== 5 || decoded[0] !== CURSOR_VERSION) throw new InvalidCursorError('not a cursor');
  const [, f, d, value, id] = decoded as unknown[];
  if (typeof value !== 'string' || typeof id !== 'string') throw new InvalidCursorError('not a cursor');
  if (f !== field || d !== direction) throw new InvalidCursorError('made for another sort');
  return { field, direction, value, id };
}

/**
 * The rows after a position in the sort `{ [field]: direction, _id: idDirection }`. One `$or` of two bounded branches:
 * MongoDB and the in-process store both seek it in an index on `[…equalities, field, _id]`.
 */
export function afterPosition({ field, direction, value, id }: KeysetPosition, idDirection: 1 | -1 = direction): Filter {
  const beyond = direction === 1 ? '$gt' : '$lt';
  return { $or: [{ [field]: { [beyond]: value } }, { [field]: value, _id: { [idDirection === 1 ? '$gt' : '$lt']: id } }] };
}

/** What one page of a list asks for: its filter and sort, and where it starts (a cursor, else an offset page). */
export interface KeysetRequest {
  readonly filter: Filter;
  readonly sort: { readonly field: string; readonly direction: 1 | -1 };
  /** The tie-break's direction; the list's index ends in `_id` in this direction (relative to the sort field's). */
  readonly idDirection: 1 | -1;
  /** False for sorts by personal data: no cursor is offered (nor taken), the list pages by offset only. */
  readonly keyset: boolean;
  readonly cursor?: string;
  /** 1-based; ignored with a cursor. */
  readonly page: number;
  readonly pageSize: number;
  /** Also count every match (costly on a long list). */
  readonly count?: boolean;
  /** Fields left out of the items (storage detail); `_id` always is. */
  readonly exclude?: readonly string[];
}

/** Where a list's page starts, as its criteria say: a cursor, else an offset page; and whether to count. */
export interface PageStart extends Paging {
  /** The `next` cursor of the page before: the page starts after that row (offset paging is then not used). */
  readonly cursor?: string;
  /** Count every match (costly: it reads the whole index range) and report it as `total`. */
  readonly count?: boolean;
}

/** A request's paging part from a list's criteria (absent cursor and count left out). */
export function pageStart({ page, pageSize, cursor, count }: PageStart): Pick<KeysetRequest, 'page' | 'pageSize' | 'cursor' | 'count'> {
  return { page, pageSize, ...(cursor !== undefined ? { cursor } : {}), ...(count ? { count: true } : {}) };
}

/**
 * One page of a list, read in index order and stopped one row after the page (that row says whether `next` is
 * offered), so it costs the page and not the list; nothing is counted unless asked. Throws InvalidCursorError.
 * The items may share values with the store: for the caller to send, never to change.
 */
export async function readKeysetPage<T extends ReadDocument, K extends keyof T = never>(collection: ReadCollection<T>, request: KeysetRequest & { readonly exclude?: readonly K[] }): Promise<KeysetPage<Omit<T, '_id' | K>>> {
  const { field, direction } = request.sort;
  if (request.cursor !== undefined && !request.keyset) throw new InvalidCursorError(`no cursor for the sort by ${field}`);
  const filter = request.cursor !== undefined ? { ...request.filter, ...afterPosition(decodeCursor(request.cursor, field, direction), request.idDirection) } : request.filter;
  const offset = request.cursor === undefined && request.page > 1 ? (request.page - 1) * request.pageSize : 0;
  const rows = await collection.find(filter, {
    sort: { [field]: direction, _id: request.idDirection },
    ...(offset > 0 ? { skip: offset } : {}),
    limit: request.pageSize + 1,
    // A page is sent, never changed: the store may hand over its stored values rather than copy every row.
    readOnly: true,
    ...(request.exclude && request.exclude.length > 0 ? { projection: Object.fromEntries(request.exclude.map((field) => [field, 0 as const])) } : {}),
  });
  const more = rows.length > request.pageSize;
  const page = more ? rows.slice(0, request.pageSize) : rows;
  const last = page[page.length - 1];
  const next = !request.keyset ? undefined : more && last ? encodeCursor({ field, direction, value: String(valueAt(last, field)), id: last._id }) : null;
  const total = request.count ? await collection.count(request.filter) : undefined;
  return {
    // The excluded fields were projected out by the store.
    items: page.map(({ _id, ...rest }) => rest as Omit<T, '_id' | K>),
    pageSize: request.pageSize,
    ...(next !== undefined ? { next } : {}),
    ...(request.cursor === undefined ? { page: request.page } : {}),
    ...(total !== undefined ? { total } : {}),
  };
}

/** A dot path's value in a row (sort fields are plain paths into sub-documents). */
function valueAt(row: Record<string, unknown>, path: string): unknown {
  let node: unknown = row;
  for (const part of path.split('.')) node = node !== null && typeof node === 'object' ? (node as Record<string, unknown>)[part] : undefined;
  return node;
}
