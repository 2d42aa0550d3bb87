import type { RecordedEvent } from '@pdr/event-sourcing';
import type { CaseClosed, ComplaintFiled, DeadlineExtended, DeadlineSet } from '@pdr/procedures';
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
  /** Running deadlines by id: the case detail's "what is due". */
  deadlines: Record<string, { kind: string; rule: string; dueOn: string; dueAt: string }>;
  closure?: { reason: string; rule: string; label: string; closedAt: string };
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
    deadlines: {},
    revision: event.revision,
    updatedAt: event.recordedAt,
    lastEventType: event.type,
  };
  // $setOnInsert makes a replayed creation a no-op.
  return { collection: CASES_COLLECTION, operation: { updateOne: { filter: { _id: data.caseId }, update: { $setOnInsert: document }, upsert: true } } };
}

/** Every case event moves the row's revision; the guard on revision makes a replayed event a no-op. */
function touched(caseId: string, event: RecordedEvent, changes: Record<string, unknown> = {}, removals: readonly string[] = []): TargetedWrite {
  return {
    collection: CASES_COLLECTION,
    operation: {
      updateOne: {
        filter: { _id: caseId, revision: { $lt: event.revision } },
        update: {
          $set: { ...changes, revision: event.revision, updatedAt: event.recordedAt, lastEventType: event.type },
          ...(removals.length > 0 ? { $unset: Object.fromEntries(removals.map((path) => [path, ''])) } : {}),
        },
      },
    },
  };
}

/** What each kind of case event changes on the row, beyond its revision. */
function changesOf(event: RecordedEvent): { set?: Record<string, unknown>; unset?: string[] } {
  const data = event.data as { deadlineId?: string };
  switch (event.type) {
    case 'ComplainantIdentityVerified':
      return { set: { identityVerified: true } };
    case 'InformationRequested':
      return { set: { stage: 'awaiting-information' } };
    case 'RequestedInformationReceived':
      return { set: { stage: 'eligibility-review' } };
    case 'DeadlineSet': {
      const { deadlineId, kind, rule, dueOn, dueAt } = event.data as DeadlineSet['data'];
      return { set: { [`deadlines.${deadlineId}`]: { kind, rule, dueOn, dueAt } } };
    }
    case 'DeadlineExtended': {
      const { deadlineId, dueOn, dueAt } = event.data as DeadlineExtended['data'];
      return { set: { [`deadlines.${deadlineId}.dueOn`]: dueOn, [`deadlines.${deadlineId}.dueAt`]: dueAt } };
    }
    case 'DeadlineMet':
    case 'DeadlineCancelled':
    case 'DeadlineLapsed':
      return { unset: [`deadlines.${data.deadlineId}`] };
    case 'CaseClosed': {
      const { reason, rule, label, closedAt } = event.data as CaseClosed['data'];
      return { set: { status: 'closed', stage: 'closed', closure: { reason, rule, label, closedAt } } };
    }
    default:
      return {};
  }
}

export const caseListProjection: Projection = {
  name: 'case-list',
  version: 2,
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
      default: {
        const { set, unset } = changesOf(event);
        return [touched(caseId, event, set, unset)];
      }
    }
  },
};
