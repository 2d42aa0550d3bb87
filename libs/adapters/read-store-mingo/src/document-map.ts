import type { ReadDocument } from '@pdr/application';
import { isPlainObject } from './document-copy';

/**
 * A document the persisted store has not read from its file yet, known by its `_id` alone: the values its indexes need
 * (see {@link indexedFieldsOf}) are read from the file when an index or a filter first needs them, the document when
 * first read. So a start reads neither the documents nor their indexed values (at 3M events, 75 MB of the file).
 */
const UNOPENED = Symbol('unopened');

/** Reads one document from where it is stored (the persisted store's file), when first needed. */
export type DocumentOpener = (id: string) => ReadDocument;
/** Reads a document's stored indexed values: the index fields they were taken for, and the values. */
export type KeysOpener = (id: string) => readonly [fields: readonly string[], values: ReadDocument];

/**
 * A collection's documents by `_id`, in insertion order (the natural order scans return). In memory every value is
 * a document; a persisted collection, loaded, holds unopened documents that are read from the file on first
 * access and kept (`Map.set` on a present key keeps its place in the order).
 */
export class DocumentMap {
  private readonly entries = new Map<string, ReadDocument | typeof UNOPENED>();
  /** The indexed values read so far of documents still unopened. */
  private readonly indexedValues = new Map<string, ReadDocument>();
  /** The fields every unopened document's indexed values hold. */
  private covered: ReadonlySet<string> = new Set();
  private unopenedDocs = 0;
  /** Indexed values opened from the file (each decrypted and parsed once): diagnostics, tests. */
  indexedValuesOpened = 0;

  constructor(
    private readonly opener?: DocumentOpener,
    private readonly keysOpener?: KeysOpener,
  ) {}

  get size(): number {
    return this.entries.size;
  }

  has(id: string): boolean {
    return this.entries.has(id);
  }

  get(id: string): ReadDocument | undefined {
    const found = this.entries.get(id);
    if (found !== UNOPENED) return found;
    if (!this.opener) throw new Error(`document ${id} cannot be opened: no file behind this collection`);
    const doc = this.opener(id);
    this.set(id, doc);
    return doc;
  }

  /** The document, or for one not opened yet its indexed values, without opening it. */
  indexedView(id: string): ReadDocument | undefined {
    const found = this.entries.get(id);
    return found === UNOPENED ? this.indexedOf(id) : found;
  }

  set(id: string, doc: ReadDocument): void {
    if (this.entries.get(id) === UNOPENED) this.opened(id);
    this.entries.set(id, doc);
  }

  /** The fields the indexed values of every document about to be set unopened hold (the indexes declared at load). */
  indexedValuesHold(fields: readonly string[]): void {
    this.covered = new Set(fields);
  }

  /** A document known by its `_id` only, read from the file when first needed. */
  setUnopened(id: string): void {
    if (this.entries.get(id) !== UNOPENED) this.unopenedDocs++;
    this.entries.set(id, UNOPENED);
  }

  /** Whether every document's indexed view holds `field` (`_id` always; every field when all documents are opened). */
  holds(field: string): boolean {
    return field === '_id' || this.unopenedDocs === 0 || this.covered.has(field);
  }

  /** Before an index on other fields is built: opens every unopened document unless its indexed values hold `fields`. */
  openUnlessIndexed(fields: readonly string[]): void {
    if (fields.every((field) => this.covered.has(field))) return;
    for (const _ of this.values());
  }

  delete(id: string): boolean {
    if (this.entries.get(id) === UNOPENED) this.opened(id);
    return this.entries.delete(id);
  }

  /** No longer unopened: opened, replaced or deleted. */
  private opened(id: string): void {
    this.unopenedDocs--;
    this.indexedValues.delete(id);
  }

  /** Every document, opening those not opened yet (a full scan reads the whole collection). */
  *values(): IterableIterator<ReadDocument> {
    for (const id of this.entries.keys()) yield this.get(id)!;
  }

  /** What an index reads of each document: the document, or for one not opened yet its indexed values. */
  *indexedViews(): IterableIterator<ReadDocument> {
    for (const [id, value] of this.entries) yield value === UNOPENED ? this.indexedOf(id) : value;
  }

  /**
   * An unopened document's indexed values, opened once. Values taken for other indexes than those declared at load
   * (written before an index was added) are not enough: the document itself is opened instead.
   */
  private indexedOf(id: string): ReadDocument {
    const known = this.indexedValues.get(id);
    if (known) return known;
    if (!this.keysOpener) throw new Error(`document ${id} cannot be opened: no file behind this collection`);
    const [fields, values] = this.keysOpener(id);
    this.indexedValuesOpened++;
    for (const field of this.covered) if (!fields.includes(field)) return this.get(id)!;
    this.indexedValues.set(id, values);
    return values;
  }

  /** How many documents have not been read from the file yet (diagnostics, tests). */
  unopened(): number {
    return this.unopenedDocs;
  }
}

/**
 * The part of `doc` that indexes on `fields` (dot paths) read: each path copied down to its value, or down to the
 * first array on it, whole (an array makes an index multikey, so the array itself is what the index must see).
 */
export function indexedFieldsOf(doc: ReadDocument, fields: readonly string[]): ReadDocument {
  const out: Record<string, unknown> = { _id: doc._id };
  for (const field of fields) {
    const parts = field.split('.');
    let from: unknown = doc;
    let to = out;
    for (let i = 0; i < parts.length; i++) {
      if (!isPlainObject(from)) break;
      const value = from[parts[i]!];
      if (value === undefined) break;
      if (i === parts.length - 1 || !isPlainObject(value)) {
        to[parts[i]!] = value;
        break;
      }
      const existing = to[parts[i]!];
      to = (isPlainObject(existing) ? existing : (to[parts[i]!] = {})) as Record<string, unknown>;
      from = value;
    }
  }
  return out as ReadDocument;
}
