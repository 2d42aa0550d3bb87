import type { DataSubject } from './data-classification';

/**
 * The key a classified field is encrypted with, from the stream it is written to and whose data it is. One key per
 * subject, so forgetting one subject forgets nothing else:
 * - a case: its Complainant (`case:<id>:complainant`), its file (`case:<id>:file`, destroyed by BBB-8.3 disposal) and
 *   the documents kept after disposal (`case:<id>:retained`, the Settlement Agreement or the Decision). What a case
 *   holds about a Panelist (a recorded exclusion reason) belongs to the case file, so it goes with the file;
 * - a contact, a Panelist of the Board, an account, a business's enrolment notes: one key each, named by the stream.
 */
export function dataSubjectKey(streamId: string, subject: DataSubject): string {
  const dash = streamId.indexOf('-');
  const kind = streamId.slice(0, dash);
  const id = streamId.slice(dash + 1);
  if (dash <= 0 || !id) throw new Error(`stream ${streamId} names no aggregate`);
  if (kind === 'case') {
    switch (subject) {
      case 'complainant':
        return caseComplainantKey(id);
      case 'retained-document':
        return caseRetainedKey(id);
      case 'case-file':
      case 'panelist':
        return caseFileKey(id);
      default:
        throw new Error(`a case stream holds no ${subject} data`);
    }
  }
  const owner: Partial<Record<string, DataSubject>> = { contact: 'contact', panelist: 'panelist', account: 'account', business: 'business-file' };
  if (owner[kind] !== subject) throw new Error(`a ${kind} stream holds no ${subject} data`);
  return `${kind}:${id}`;
}

export const caseComplainantKey = (caseId: string): string => `case:${caseId}:complainant`;
export const caseFileKey = (caseId: string): string => `case:${caseId}:file`;
export const caseRetainedKey = (caseId: string): string => `case:${caseId}:retained`;
export const contactKey = (contactId: string): string => `contact:${contactId}`;
