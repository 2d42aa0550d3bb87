import type { RecordedEvent } from '@pdr/event-sourcing';
import type { PanelistEnrolled, PanelistEvent, PanelistRelationshipDeclared } from '@pdr/procedures';
import type { Projection, TargetedWrite } from '../runner/projection';
import { panelistEventOf, type Recorded, unhandled } from '../runner/typed-event';

export const PANELISTS_COLLECTION = 'panelists';

/** A member of the Data Privacy Board with everything selection checks (BBB-4.2, BBB-4.2.1). */
export type PanelistDocument = {
  _id: string;
  panelistId: string;
  name: string;
  email: string;
  employer: string;
  employerCompetitors: string[];
  affiliations: string[];
  qualifications: string[];
  confidentialityAgreementSignedOn: string;
  relationships: { with: string; businessId?: string; kind: PanelistRelationshipDeclared['data']['kind']; description: string; declaredAt: string }[];
  active: boolean;
  withdrawal?: { reason: string; withdrawnAt: string };
  enrolledAt: string;
  revision: number;
  updatedAt: string;
};

function enrolled(event: Recorded<PanelistEnrolled>): TargetedWrite {
  const { data } = event;
  const document: Omit<PanelistDocument, '_id'> = {
    ...data,
    employerCompetitors: [...data.employerCompetitors],
    affiliations: [...data.affiliations],
    qualifications: [...data.qualifications],
    relationships: [],
    active: true,
    enrolledAt: event.recordedAt,
    revision: event.revision,
    updatedAt: event.recordedAt,
  };
  // $setOnInsert makes a replayed enrolment a no-op.
  return { collection: PANELISTS_COLLECTION, operation: { updateOne: { filter: { _id: data.panelistId }, update: { $setOnInsert: document }, upsert: true } } };
}

/** Later events are guarded by the stream revision, so a replayed one (even a $push) changes nothing. */
function guarded(panelistId: string, event: RecordedEvent, update: { $set?: Record<string, unknown>; $push?: Record<string, unknown> }): TargetedWrite {
  const set = { ...update.$set, revision: event.revision, updatedAt: event.recordedAt };
  return { collection: PANELISTS_COLLECTION, operation: { updateOne: { filter: { _id: panelistId, revision: { $lt: event.revision } }, update: { ...update, $set: set } } } };
}

/** The directory's write, exhaustive over PanelistEvent. */
export function panelistWrite(event: Recorded<PanelistEvent>, panelistId: string): TargetedWrite {
  switch (event.type) {
    case 'PanelistEnrolled':
      return enrolled(event);
    case 'PanelistRelationshipDeclared': {
      const { with: name, businessId, kind, description } = event.data;
      const relationship = { with: name, ...(businessId === undefined ? {} : { businessId }), kind, description, declaredAt: event.recordedAt };
      return guarded(panelistId, event, { $push: { relationships: relationship } });
    }
    case 'PanelistWithdrawnFromBoard': {
      const { reason, withdrawnAt } = event.data;
      return guarded(panelistId, event, { $set: { active: false, withdrawal: { reason, withdrawnAt } } });
    }
    default:
      return unhandled(event);
  }
}

export const panelistDirectoryProjection: Projection = {
  name: 'panelist-directory',
  version: 1,
  collections: [PANELISTS_COLLECTION],
  indexes: { [PANELISTS_COLLECTION]: [{ keys: { active: 1, name: 1 }, name: 'active_name' }] },

  project(event) {
    const read = panelistEventOf(event);
    if (!read) return [];
    // An event type newer than this build still moves the revision, and changes nothing else.
    return [read.known ? panelistWrite(read.event, read.id) : guarded(read.id, event, {})];
  },
};
