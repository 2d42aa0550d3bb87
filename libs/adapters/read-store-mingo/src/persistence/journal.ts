import type { IndexSpec, ReadDocument } from '@pdr/application';
import type { CollectionState } from '../collection-state';

/** A collection's state as the file knows it: the table holding its documents, the indexes declared on it. */
export interface PersistedState extends CollectionState {
  readonly table: string;
  readonly specs: IndexSpec[];
}

/** One change made in memory, in the order made: replayed forwards into the file, backwards to undo memory. */
export type JournalEntry =
  | { readonly kind: 'doc'; readonly state: PersistedState; readonly id: string; readonly before?: ReadDocument; readonly after?: ReadDocument }
  | { readonly kind: 'create'; readonly name: string; readonly state: PersistedState }
  | { readonly kind: 'drop'; readonly name: string; readonly state: PersistedState }
  | { readonly kind: 'rename'; readonly from: string; readonly to: string; readonly state: PersistedState; readonly replaced?: PersistedState }
  | { readonly kind: 'index'; readonly state: PersistedState; readonly spec: IndexSpec };

/** The changes of one unit of work: written to the file in one transaction at its end, or undone. */
export class Unit {
  readonly entries: JournalEntry[] = [];
}

/** Where tracked collection states report their changes. */
export interface ChangeSink {
  changed(state: PersistedState, id: string, before: ReadDocument | undefined, after: ReadDocument | undefined): void;
  indexed(state: PersistedState, spec: IndexSpec): void;
}
