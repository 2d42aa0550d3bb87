import type { RecordedEvent } from '@pdr/event-sourcing';
import type { ErasableWhen, ErasureRequestEvent } from '@pdr/procedures';
import type { Projection, TargetedWrite } from '../runner/projection';
import { erasureRequestEventOf, type Recorded, unhandled } from '../runner/typed-event';

export const ERASURE_REQUESTS_COLLECTION = 'erasure_requests';

/**
 * A GDPR Art. 17 erasure request and its answer, as staff and compliance officers list them: ids and enumerations
 * only, like the events (whose data it covers by id, never a name).
 */
export type ErasureRequestDocument = {
  _id: string;
  requestId: string;
  covers: { kind: 'contact'; contactId: string } | { kind: 'complainant'; caseId: string };
  requestedBy: string;
  receivedAt: string;
  legalBasis: string;
  recordedBy: string;
  recordedAt: string;
  status: 'requested' | 'completed' | 'deferred';
  /** What was erased, once completed: the kind of data and the destroyed key subjects. */
  erased: { kind: 'contact' | 'complainant'; keySubjects: string[]; alreadyErased: boolean }[];
  completedAt?: string;
  /** Why nothing could be erased yet, once deferred, and from when it can be. */
  deferral?: { reason: string; message: string; erasableFrom?: string; erasableWhen?: ErasableWhen; deferredAt: string };
  revision: number;
};

function answered(requestId: string, event: RecordedEvent, $set: Record<string, unknown>): TargetedWrite {
  // The revision guard makes a replayed answer a no-op.
  return { collection: ERASURE_REQUESTS_COLLECTION, operation: { updateOne: { filter: { _id: requestId, revision: { $lt: event.revision } }, update: { $set: { ...$set, revision: event.revision } } } } };
}

/** The request's writes, exhaustive over ErasureRequestEvent. */
export function erasureRequestWrite(event: Recorded<ErasureRequestEvent>): TargetedWrite {
  switch (event.type) {
    case 'ErasureRequested': {
      const { requestId, covers, requestedBy, receivedAt, legalBasis, recordedBy } = event.data;
      const document: Omit<ErasureRequestDocument, '_id'> = { requestId, covers, requestedBy, receivedAt, legalBasis, recordedBy, recordedAt: event.recordedAt, status: 'requested', erased: [], revision: event.revision };
      return { collection: ERASURE_REQUESTS_COLLECTION, operation: { updateOne: { filter: { _id: requestId }, update: { $setOnInsert: document }, upsert: true } } };
    }
    case 'ErasureCompleted': {
      const { requestId, erased, completedAt } = event.data;
      return answered(requestId, event, { status: 'completed', erased: erased.map(({ kind, keySubjects, alreadyErased }) => ({ kind, keySubjects: [...keySubjects], alreadyErased })), completedAt });
    }
    case 'ErasureDeferred': {
      const { requestId, reason, message, erasableFrom, erasableWhen, deferredAt } = event.data;
      return answered(requestId, event, { status: 'deferred', deferral: { reason, message, ...(erasableFrom ? { erasableFrom } : {}), ...(erasableWhen ? { erasableWhen } : {}), deferredAt } });
    }
    default:
      return unhandled(event);
  }
}

export const erasureRequestsProjection: Projection = {
  name: 'erasure-requests',
  version: 1,
  collections: [ERASURE_REQUESTS_COLLECTION],
  indexes: {
    [ERASURE_REQUESTS_COLLECTION]: [
      { keys: { receivedAt: -1 }, name: 'received' },
      { keys: { status: 1, receivedAt: -1 }, name: 'status_received' },
      // The list's sort with its _id tie-break, so MongoDB too reads a page as one index range (issue 13).
      { keys: { receivedAt: -1, _id: 1 }, name: 'received_id' },
      { keys: { status: 1, receivedAt: -1, _id: 1 }, name: 'status_received_id' },
    ],
  },

  project(event) {
    const read = erasureRequestEventOf(event);
    // An event type newer than this build changes nothing here.
    return read?.known ? [erasureRequestWrite(read.event)] : [];
  },
};
