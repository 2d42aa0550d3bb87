import type { IndexSpec, ReadDocument } from '@pdr/application';
import { CollectionState, type ScanStats } from '../collection-state';
import type { DocumentOpener, KeysOpener } from '../document-map';
import type { ChangeSink, PersistedState } from './journal';

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
    this.specs.push(spec);
    this.sink.indexed(this, spec);
  }
}
