import type { RecordedEvent } from '@pdr/event-sourcing';
import type { ComplaintFiled } from '@pdr/procedures';
import type { Projection, TargetedWrite } from '../runner/projection';
import { caseIdOf } from './case-stream';

export const CASES_COLLECTION = 'cases';

/** A row of the staff case list and the head of the case detail. */
export type CaseListDocument = {
  _id: string;
  caseId: string;
  rulebook: { id: string; version: string };
  framework: string;
  stage: string;
  status: 'open' | 'closed';
  complainant: { name: string; country: string; filingAs: string };
  respondent: { name: string; businessId?: string };
  channel: string;
  contactId?: string;
  receivedAt: string;
  filedAt: string;
  identityVerified: boolean;
  /** The stream revision the row reflects: what a client sends back as If-Match. */
  revision: number;
  updatedAt: string;
  lastEventType: string;
};

function filed(event: RecordedEvent<ComplaintFiled['data']>): TargetedWrite {
  const { data } = event;
  const document: Omit<CaseListDocument, '_id'> = {
    caseId: data.caseId,
    rulebook: data.rulebook,
    framework: data.framework,
    stage: 'eligibility-review',
    status: 'open',
    complainant: { name: data.complainant.name, country: data.complainant.country, filingAs: data.complainant.filingAs },
    respondent: data.respondent,
    channel: data.channel,
    ...(data.contactId ? { contactId: data.contactId } : {}),
    receivedAt: data.receivedAt,
    filedAt: event.recordedAt,
    identityVerified: false,
    revision: event.revision,
    updatedAt: event.recordedAt,
    lastEventType: event.type,
  };
  // $setOnInsert makes a replayed creation a no-op.
  return { collection: CASES_COLLECTION, operation: { updateOne: { filter: { _id: data.caseId }, update: { $setOnInsert: document }, upsert: true } } };
}

/** Every case event moves the row's revision; the guard on revision makes a replayed event a no-op. */
function touched(caseId: string, event: RecordedEvent, changes: Record<string, unknown> = {}): TargetedWrite {
  return {
    collection: CASES_COLLECTION,
    operation: {
      updateOne: {
        filter: { _id: caseId, revision: { $lt: event.revision } },
        update: { $set: { ...changes, revision: event.revision, updatedAt: event.recordedAt, lastEventType: event.type } },
      },
    },
  };
}

export const caseListProjection: Projection = {
  name: 'case-list',
  version: 1,
  collections: [CASES_COLLECTION],
  indexes: {
    [CASES_COLLECTION]: [
      { keys: { status: 1, stage: 1, receivedAt: -1 }, name: 'status_stage_received' },
      { keys: { 'rulebook.id': 1, receivedAt: -1 }, name: 'rulebook_received' },
      { keys: { 'respondent.name': 1 }, name: 'respondent' },
    ],
  },

  project(event) {
    const caseId = caseIdOf(event.streamId);
    if (!caseId) return [];
    switch (event.type) {
      case 'ComplaintFiled':
        return [filed(event as RecordedEvent<ComplaintFiled['data']>)];
      case 'ComplainantIdentityVerified':
        return [touched(caseId, event, { identityVerified: true })];
      default:
        return [touched(caseId, event)];
    }
  },
};
