import type { RecordedEvent } from '@pdr/event-sourcing';
import { type DocumentRules, requireRulebookVersion } from '@pdr/procedures';
import type { Projection, TargetedWrite } from '../runner/projection';
import { caseEventOf } from '../runner/typed-event';
import { type CaseRecordUpdate, evolveCaseRecord } from './case-records.evolve';

export const CASE_RECORDS_COLLECTION = 'case_records';

type Party = 'complainant' | 'respondent';

/**
 * BBB-4.3.2: the Case Record (Position and Rebuttal with their addenda) and its Proprietary Information.
 * CONFIDENTIAL (BBB-8.2): nothing here is public; the stored document is never returned as is. Only
 * `CaseRecordQueries.view` reads it, building the panelist's view or a Party's redacted copy. The proprietary text
 * (`proprietary.*.content`) is held here and in the event only; BBB-8.3 disposal removes the whole record's content.
 */
export type CaseRecordDocument = {
  _id: string;
  caseId: string;
  confidential: true;
  /** The case's rulebook's `DocumentRules`, under the version its events were recorded under: confidentiality (BBB-8.2)… */
  confidentialityRule: string;
  /** …and the Case Record with its audiences (BBB-4.3.2). */
  rule: string;
  /**
   * `fromComplaint`: the original complaint was accepted as the Position (BBB-4.4). The complaint itself is not copied
   * here: it is the Complainant's personal data, read from the case's log when the view is built (issue 9).
   */
  submissions?: Record<string, { party: Party; summary: string; receivedAt: string; addendumTo?: string; fromComplaint?: true }>;
  proprietary?: Record<string, { documentId: string; party: Party; description: string; content: string; summary: string; status: 'pending' | 'accepted' | 'returned'; ground?: string; reason?: string }>;
  languageAssistance?: Record<string, { party: Party; language: string; kind: 'translation' | 'interpretation' }>;
  disposed?: { disposedAt: string; retained: string[]; rule: string };
};

/**
 * The document rules of the rulebook version the case's event was recorded under (`metadata.rulebook`). Versions are
 * pinned: an event naming no rulebook, a version the service lacks or one without document rules is a fault (the
 * runner quarantines the event), never read under other rules.
 */
function documentRulesOf(event: RecordedEvent): DocumentRules {
  const ref = event.metadata.rulebook;
  if (!ref) throw new Error(`${event.type} ${event.eventId} names no rulebook: the Case Record's rules are unknown`);
  const rules = requireRulebookVersion(ref).documents;
  if (!rules) throw new Error(`${ref.id} version ${ref.version} has no document rules: it keeps no Case Record`);
  return rules;
}

function write(event: RecordedEvent, caseId: string, update: CaseRecordUpdate): TargetedWrite {
  const rules = documentRulesOf(event);
  const created = { caseId, confidential: true, confidentialityRule: rules.confidentialityRule, rule: rules.caseRecordRule };
  return {
    collection: CASE_RECORDS_COLLECTION,
    operation: { updateOne: { filter: { _id: caseId }, update: { ...update, $setOnInsert: created }, upsert: true } },
  };
}

export const caseRecordsProjection: Projection = {
  name: 'case-records',
  // 2: a Position that is the original complaint says so (fromComplaint), for the view to show the complaint (BBB-4.3.2).
  // 3: the record names its rules from the case's rulebook version (DocumentRules), no longer literals (issue 10).
  version: 3,
  collections: [CASE_RECORDS_COLLECTION],

  project(event: RecordedEvent): readonly TargetedWrite[] {
    const read = caseEventOf(event);
    // A type newer than this build is not in the Case Record: its rules (BBB-4.3.2) are this build's.
    const update = read?.known ? evolveCaseRecord(read.event) : undefined;
    return read && update ? [write(event, read.id, update)] : [];
  },
};
