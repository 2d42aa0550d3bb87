import type { RecordedEvent } from '@pdr/event-sourcing';
import type { DeadlineExtended, DeadlineSet } from '@pdr/procedures';
import type { Projection, TargetedWrite } from '../runner/projection';

export const PENDING_DEADLINES_COLLECTION = 'pending_deadlines';

/** Every running deadline across all cases: what the timers are derived from, and the staff's "due soon" list. */
export type PendingDeadlineDocument = {
  _id: string;
  streamId: string;
  caseId: string;
  deadlineId: string;
  kind: string;
  rule: string;
  calendarId: string;
  dueOn: string;
  dueAt: string;
  setAt: string;
  /** Stream revision of the last event applied: guards replays. */
  revision: number;
};

export const pendingDeadlineKey = (caseId: string, deadlineId: string): string => `${caseId}/${deadlineId}`;

function write(event: RecordedEvent): TargetedWrite | undefined {
  const { caseId, deadlineId } = event.data as { caseId: string; deadlineId: string };
  const _id = pendingDeadlineKey(caseId, deadlineId);
  switch (event.type) {
    case 'DeadlineSet': {
      const data = (event as RecordedEvent<DeadlineSet['data']>).data;
      const document: Omit<PendingDeadlineDocument, '_id'> = {
        streamId: event.streamId,
        caseId,
        deadlineId,
        kind: data.kind,
        rule: data.rule,
        calendarId: data.calendarId,
        dueOn: data.dueOn,
        dueAt: data.dueAt,
        setAt: event.recordedAt,
        revision: event.revision,
      };
      return { collection: PENDING_DEADLINES_COLLECTION, operation: { updateOne: { filter: { _id }, update: { $setOnInsert: document }, upsert: true } } };
    }
    case 'DeadlineExtended': {
      const { dueOn, dueAt } = (event as RecordedEvent<DeadlineExtended['data']>).data;
      return {
        collection: PENDING_DEADLINES_COLLECTION,
        operation: { updateOne: { filter: { _id, revision: { $lt: event.revision } }, update: { $set: { dueOn, dueAt, revision: event.revision } } } },
      };
    }
    case 'DeadlineMet':
    case 'DeadlineCancelled':
    case 'DeadlineLapsed':
      return { collection: PENDING_DEADLINES_COLLECTION, operation: { deleteOne: { filter: { _id } } } };
    default:
      return undefined;
  }
}

export const pendingDeadlinesProjection: Projection = {
  name: 'pending-deadlines',
  version: 1,
  collections: [PENDING_DEADLINES_COLLECTION],
  indexes: { [PENDING_DEADLINES_COLLECTION]: [{ keys: { dueAt: 1 }, name: 'due' }, { keys: { caseId: 1 }, name: 'case' }] },
  project(event) {
    const found = write(event);
    return found ? [found] : [];
  },
};
