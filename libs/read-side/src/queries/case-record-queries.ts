import type { ReadStore } from '@pdr/application';
import { CASE_RECORDS_COLLECTION, type CaseRecordDocument } from '../projections/case-records.projection';

export type CaseRecordAudience = 'panelist' | 'complainant' | 'respondent';

export interface ProprietaryItemView {
  designationId: string;
  documentId: string;
  party: 'complainant' | 'respondent';
  summary: string;
  description?: string;
  content?: string;
  status?: string;
  redacted: boolean;
}

/** One document of the Case Record: the Position, the Rebuttal, or an addendum to one of them. */
export interface RecordSubmissionView {
  party: string;
  summary: string;
  receivedAt: string;
  addendumTo?: string;
  /** BBB-4.4: the original complaint was accepted as the Position; `complaint` then holds it, `note` what was recorded on acceptance. */
  fromComplaint?: boolean;
  complaint?: { allegation: string; outcomesSought: string[] };
  note?: string;
}

export interface CaseRecordView {
  caseId: string;
  audience: CaseRecordAudience;
  /** BBB-8.2: confidential, sealed from public access. */
  confidential: true;
  /** The case's rulebook's confidentiality rule (`DocumentRules.confidentialityRule`, BBB-8.2). */
  confidentialityRule: string;
  /** The case's rulebook's Case Record rule (`DocumentRules.caseRecordRule`, BBB-4.3.2). */
  rule: string;
  submissions: Record<string, RecordSubmissionView>;
  proprietary: ProprietaryItemView[];
  languageAssistance: { party: string; language: string; kind: string }[];
  disposed?: { disposedAt: string; retained: string[]; rule: string };
}

/**
 * Per-audience views of the Case Record (BBB-4.3.2). The Panelist sees accepted Proprietary Information in full
 * (pending or returned material is not considered: BBB-8.5, 8.6). A Party sees its own designations in full and the
 * other Party's accepted ones only as their non-confidential summary; never the other Party's text, description or
 * pending/returned items.
 */
export class CaseRecordQueries {
  constructor(private readonly store: ReadStore) {}

  async view(caseId: string, audience: CaseRecordAudience): Promise<CaseRecordView | null> {
    const record = await this.store.collection<CaseRecordDocument>(CASE_RECORDS_COLLECTION).findOne({ _id: caseId });
    if (!record) return null;
    const proprietary: ProprietaryItemView[] = [];
    for (const [designationId, item] of Object.entries(record.proprietary ?? {})) {
      const base = { designationId, documentId: item.documentId, party: item.party, summary: item.summary };
      if (audience === 'panelist') {
        if (item.status === 'accepted') proprietary.push({ ...base, description: item.description, content: item.content, redacted: false });
      } else if (audience === item.party) {
        proprietary.push({ ...base, description: item.description, ...(item.content === undefined ? {} : { content: item.content }), status: item.status, redacted: false });
      } else if (item.status === 'accepted') {
        proprietary.push({ ...base, redacted: true });
      }
    }
    return {
      caseId: record.caseId,
      audience,
      confidential: true,
      confidentialityRule: record.confidentialityRule,
      rule: record.rule,
      submissions: record.submissions ?? {},
      proprietary,
      languageAssistance: Object.values(record.languageAssistance ?? {}),
      ...(record.disposed ? { disposed: record.disposed } : {}),
    };
  }
}
