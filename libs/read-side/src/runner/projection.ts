import type { IndexSpec, WriteOperation } from '@pdr/application';
import type { RecordedEvent } from '@pdr/event-sourcing';

/** A write a projection asks for, addressed to one of its own (logical) collections. */
export interface TargetedWrite {
  readonly collection: string;
  readonly operation: WriteOperation;
}

/**
 * Turns events into read-model writes, as MongoDB filter and update documents, so the same
 * projection runs on MongoDB and on the embedded store. `project` must be pure and its writes
 * idempotent: applying an event twice (after a crash before the checkpoint) changes nothing.
 */
export interface Projection {
  readonly name: string;
  /** Bump when `project` changes meaning: the runner then rebuilds the read model from the log. */
  readonly version: number;
  readonly collections: readonly string[];
  readonly indexes?: Readonly<Record<string, readonly IndexSpec[]>>;
  project(event: RecordedEvent): readonly TargetedWrite[];
}
