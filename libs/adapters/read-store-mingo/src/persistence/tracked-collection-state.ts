import type { IndexSpec, ReadDocument } from '@pdr/application';
import { CollectionState, type ScanStats } from '../collection-state';
import type { DocumentOpener, KeysOpener } from '../document-map';
import type { ChangeSink, PersistedState } from './journal';
import { indexedFields } from './read-model-file';

/**
 * A collection's documents and indexes, as in memory, reporting every change (with the document before and
 * after: stored documents are never mutated in place, so both stay valid) to the store that persists them.
 */
export class TrackedCollectionState extends CollectionState implements PersistedState {
  readonly specs: IndexSpec[] = [];

  constructor(
    stats: ScanStats,
    readonly table: string,
    private readonly sink: ChangeSink,
    opener: DocumentOpener,
    keysOpener: KeysOpener,
  ) {
    super(stats, opener, keysOpener);
  }

  override insert(collection: string, doc: ReadDocument): void {
    super.insert(collection, doc);
    this.sink.changed(this, doc._id, undefined, doc);
  }

  override replace(collection: string, current: ReadDocument, next: ReadDocument): void {
    super.replace(collection, current, next);
    this.sink.changed(this, next._id, current, next);
  }

  override remove(doc: ReadDocument): void {
    super.remove(doc);
    this.sink.changed(this, doc._id, doc, undefined);
  }

  override createIndex(collection: string, spec: IndexSpec): void {
    super.createIndex(collection, spec);
    const shape = JSON.stringify(spec);
    if (this.specs.some((known) => JSON.stringify(known) === shape)) return;
    const before = new Set(indexedFields(this.specs));
    this.specs.push(spec);
    this.sink.indexed(this, spec);
    // Every row's stored indexed values must hold the new fields too, or each start would open every document
    // for them: the documents (all opened by the index build) are written again, in the same unit as the index.
    if (Object.keys(spec.keys).some((field) => !before.has(field))) for (const doc of this.docs.values()) this.sink.changed(this, doc._id, doc, doc);
  }
}
