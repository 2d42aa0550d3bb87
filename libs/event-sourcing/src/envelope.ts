import type { EventMetadata } from './metadata';

/** A domain fact as a decider emits it: no ids, no positions, no time of recording. */
export interface DomainEvent<TType extends string = string, TData = unknown> {
  readonly type: TType;
  readonly data: TData;
}

/** An event ready to append: identified, versioned and attributed. */
export interface NewEvent<TData = unknown> {
  readonly eventId: string;
  readonly type: string;
  readonly schemaVersion: number;
  readonly data: TData;
  readonly metadata: EventMetadata;
}

/** An event as the store holds it: a NewEvent plus where and when it was recorded. */
export interface RecordedEvent<TData = unknown> extends NewEvent<TData> {
  readonly streamId: string;
  /** 0-based position of the event within its stream. */
  readonly revision: number;
  /** Position in the global order across all streams; strictly increasing, not necessarily contiguous. */
  readonly globalPosition: number;
  /** ISO-8601 instant at which the store recorded the event. */
  readonly recordedAt: string;
}
