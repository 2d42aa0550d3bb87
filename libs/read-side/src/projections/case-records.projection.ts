import type { RecordedEvent } from '@pdr/event-sourcing';
import { type CaseFileDisposed, type DocumentRules, type LanguageAssistanceRecorded, type ProprietaryDesignationReturned, type ProprietaryInformationDesignated, requireRulebookVersion } from '@pdr/procedures';
import type { Projection, TargetedWrite } from '../runner/projection';
import { caseIdOf } from './case-stream';

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

const SUBMISSIONS: Record<string, { document: string; party: Party; addendumTo?: string }> = {
  PositionSubmitted: { document: 'position', party: 'complainant' },
  RebuttalSubmitted: { document: 'rebuttal', party: 'respondent' },
  ReplySubmitted: { document: 'reply', party: 'complainant', addendumTo: 'position' },
  ResponseSubmitted: { document: 'response', party: 'respondent', addendumTo: 'rebuttal' },
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

function write(event: RecordedEvent, caseId: string, update: Record<string, unknown>): TargetedWrite {
  const $set = (update.$set as Record<string, unknown> | undefined) ?? {};
  const rules = documentRulesOf(event);
  const created = { caseId, confidential: true, confidentialityRule: rules.confidentialityRule, rule: rules.caseRecordRule };
  return {
    collection: CASE_RECORDS_COLLECTION,
    operation: { updateOne: { filter: { _id: caseId }, update: { ...update, $set, $setOnInsert: created }, upsert: true } },
  };
}

export const caseRecordsProjection: Projection = {
  name: 'case-records',
  // 2: a Position that is the original complaint says so (fromComplaint), for the view to show the complaint (BBB-4.3.2).
  // 3: the record names its rules from the case's rulebook version (DocumentRules), no longer literals (issue 10).
  version: 3,
  collections: [CASE_RECORDS_COLLECTION],

  project(event: RecordedEvent): readonly TargetedWrite[] {
    const caseId = caseIdOf(event.streamId);
    if (!caseId) return [];
    const submission = SUBMISSIONS[event.type];
    if (submission) {
      const data = event.data as { summary: string; receivedAt: string; fromComplaint?: boolean };
      const value = {
        party: submission.party, summary: data.summary, receivedAt: data.receivedAt,
        ...(submission.addendumTo ? { addendumTo: submission.addendumTo } : {}),
        ...(data.fromComplaint === true ? { fromComplaint: true } : {}),
      };
      return [write(event, caseId, { $set: { [`submissions.${submission.document}`]: value } })];
    }
    switch (event.type) {
      case 'ProprietaryInformationDesignated': {
        const { designationId, documentId, party, description, content, summary } = event.data as ProprietaryInformationDesignated['data'];
        return [write(event, caseId, { $set: { [`proprietary.${designationId}`]: { documentId, party, description, content, summary, status: 'pending' } } })];
      }
      case 'ProprietaryDesignationAccepted': {
        const { designationId } = event.data as { designationId: string };
        return [write(event, caseId, { $set: { [`proprietary.${designationId}.status`]: 'accepted' } })];
      }
      case 'ProprietaryDesignationReturned': {
        const { designationId, ground, reason } = event.data as ProprietaryDesignationReturned['data'];
        // Returned and not considered (BBB-8.5, 8.6): the text goes back to its submitter, so it is dropped here.
        return [write(event, caseId, { $set: { [`proprietary.${designationId}.status`]: 'returned', [`proprietary.${designationId}.ground`]: ground, [`proprietary.${designationId}.reason`]: reason }, $unset: { [`proprietary.${designationId}.content`]: '' } })];
      }
      case 'ProprietaryInformationReturned': {
        const { designationId } = event.data as { designationId: string };
        return [write(event, caseId, { $set: { [`proprietary.${designationId}.status`]: 'returned' }, $unset: { [`proprietary.${designationId}.content`]: '' } })];
      }
      case 'CaseFileDisposed': {
        const { disposedAt, retained, rule } = event.data as CaseFileDisposed['data'];
        // BBB-8.3: everything but the Settlement Agreement or Decision (not held in this model) is destroyed.
        return [write(event, caseId, { $set: { disposed: { disposedAt, retained: [...retained], rule } }, $unset: { submissions: '', proprietary: '', languageAssistance: '' } })];
      }
      case 'LanguageAssistanceRecorded': {
        const { party, language, kind } = event.data as LanguageAssistanceRecorded['data'];
        return [write(event, caseId, { $set: { [`languageAssistance.r${event.revision}`]: { party, language, kind } } })];
      }
      default:
        return [];
    }
  },
};
