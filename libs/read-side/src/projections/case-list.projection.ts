import type { RecordedEvent } from '@pdr/event-sourcing';
import type { Projection, TargetedWrite } from '../runner/projection';
import { caseEventOf } from '../runner/typed-event';
import { type CaseRowChange, evolveCaseRow, CASE_ROW_UNCHANGED } from './case-list.evolve';

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
  /** Notices sent by id, with their delivery once recorded (BBB-8.7). */
  notices?: Record<string, { kind: string; rule: string; recipient: string; channel: string; sentAt: string; deliveredAt?: string }>;
  /** Running deadlines by id: the case detail's "what is due". */
  deadlines: Record<string, { kind: string; rule: string; dueOn: string; dueAt: string }>;
  closure?: { reason: string; rule: string; label: string; closedAt: string };
  /** Eligibility findings by condition: the staff's review checklist. */
  eligibility?: Record<string, { met: boolean; rule: string; note: string }>;
  ineligibility?: { condition: string; rule: string; reason: string; otherAgency?: { name: string; address: string } };
  docketedAt?: string;
  acknowledgements?: Partial<Record<'complainant' | 'respondent', string>>;
  representatives?: Partial<Record<'complainant' | 'respondent', { name: string; email: string; organisation?: string }>>;
  /** BBB-3.4 / BBB-5: the Settlement, its letter and the verification of its corrective action. */
  settlement?: {
    status: 'awaiting-letter' | 'effective' | 'awaiting-certification' | 'certified' | 'verified' | 'not-certified';
    terms: string;
    correctiveAction?: { description: string; performBy: string };
    reachedAt: string;
    letterCirculatedAt?: string;
    certifiedAt?: string;
    substantiationRequestedAt?: string;
    verifiedAt?: string;
  };
  /** BBB-4.5: the Panelist appointed (absent while none is), the seed of the draw (BBB-4.2), and an objection to them (BBB-4.2.1). */
  panelist?: {
    panelistId: string;
    /** The draw's seed; absent for a decision-maker designated without a draw (VS-8.1). */
    seed?: string;
    appointedAt: string;
    replaces?: string;
    objection?: { objectionId: string; raisedBy: string; ground: string; status: 'pending' | 'rejected' };
  };
  /** BBB-4.6.1 to BBB-4.6.4, BBB-5: the Decision, the Respondent's statement, a claim of impossibility and performance. */
  decision?: {
    status: 'awaiting-statement' | 'notice-of-intent' | 'intent-stated' | 'certified' | 'verified' | 'not-certified' | 'no-intent';
    panelistId: string;
    correctiveActionNecessary: boolean;
    correctiveAction?: { description: string; performBy: string };
    issuedAt: string;
    targetMissed?: boolean;
    intentStatedAt?: string;
    impossibility?: { party: string; status: 'claimed' | 'evidence-sought' | 'rejected' | 'confirmed' };
    amendments?: number;
    flaggedForPublication?: boolean;
    certifiedAt?: string;
    verifiedAt?: string;
  };
  /** VS-8.4(c), VS-9.4: the latest Hearing Decision (an Appellate Hearing Decision after an appeal), its Reparation Order if any. */
  hearingDecision?: {
    name: string;
    rule: string;
    officerId: string;
    outcome: 'reparation-order' | 'no-action-taken';
    reparationOrder?: Array<{ kind: string; description: string; terms: string }>;
    issuedAt: string;
  };
  /** BBB-8.3: when the file was disposed of; the Complainant's data and the file's are then `[erased]` or gone. */
  fileDisposedAt?: string;
  /** The stream revision the row reflects: what a client sends back as If-Match. */
  revision: number;
  updatedAt: string;
  lastEventType: string;
};

/** The write a change implies. Every event moves the row's revision; the guard on it makes a replayed event a no-op. */
function writeOf(event: RecordedEvent, caseId: string, change: CaseRowChange): TargetedWrite {
  const envelope = { revision: event.revision, updatedAt: event.recordedAt, lastEventType: event.type };
  if (change.kind === 'created') {
    const document: Omit<CaseListDocument, '_id'> = { ...change.row, ...envelope };
    // $setOnInsert makes a replayed creation a no-op.
    return { collection: CASES_COLLECTION, operation: { updateOne: { filter: { _id: change.row.caseId }, update: { $setOnInsert: document }, upsert: true } } };
  }
  const { set, unset } = change;
  return {
    collection: CASES_COLLECTION,
    operation: {
      updateOne: {
        filter: { _id: caseId, revision: { $lt: event.revision } },
        update: { $set: { ...set, ...envelope }, ...(unset.length > 0 ? { $unset: Object.fromEntries(unset.map((path) => [path, ''])) } : {}) },
      },
    },
  };
}

export const caseListProjection: Projection = {
  name: 'case-list',
  version: 12,
  collections: [CASES_COLLECTION],
  indexes: {
    [CASES_COLLECTION]: [
      // The case list (CaseQueries.list): each filter's equality fields, then the sort field, then _id, so one index range
      // read in either direction yields a page in order and a keyset cursor seeks into it (MongoDB and the in-process store).
      { keys: { receivedAt: -1, _id: -1 }, name: 'received_id' },
      { keys: { filedAt: -1, _id: -1 }, name: 'filed_id' },
      { keys: { updatedAt: -1, _id: -1 }, name: 'updated_id' },
      { keys: { stage: 1, _id: 1 }, name: 'stage_id' },
      { keys: { status: 1, receivedAt: -1, _id: -1 }, name: 'status_received_id' },
      { keys: { status: 1, stage: 1, receivedAt: -1, _id: -1 }, name: 'status_stage_received_id' },
      { keys: { stage: 1, receivedAt: -1, _id: -1 }, name: 'stage_received_id' },
      { keys: { 'rulebook.id': 1, receivedAt: -1, _id: -1 }, name: 'rulebook_received_id' },
      // Staff's list by the Complainant's country: without it each page tested rows until enough matched, opening each.
      { keys: { 'complainant.country': 1, receivedAt: -1, _id: -1 }, name: 'country_received_id' },
      // A Panelist's list: only the cases they are appointed to (BBB-4.3.2).
      { keys: { 'panelist.panelistId': 1, receivedAt: -1, _id: -1 }, name: 'panelist_received_id' },
      { keys: { 'respondent.name': 1 }, name: 'respondent' },
      { keys: { status: 1, fileDisposedAt: 1, 'closure.closedAt': 1 }, name: 'file_retention' },
    ],
  },

  project(event) {
    const read = caseEventOf(event);
    if (!read) return [];
    // A type newer than this build still moves the revision (the If-Match token), and changes nothing else.
    return [writeOf(event, read.id, read.known ? evolveCaseRow(read.event) : CASE_ROW_UNCHANGED)];
  },
};
