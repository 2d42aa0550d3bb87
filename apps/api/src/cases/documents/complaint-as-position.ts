import type { EventStore } from '@pdr/application';
import type { UpcasterRegistry } from '@pdr/event-sourcing';
import { caseStream, type ComplaintFiled, ERASED, isErased } from '@pdr/procedures';
import type { CaseRecordView, RecordSubmissionView } from '@pdr/read-side';

/** The complaint as filed (BBB-2.3.1): what the Complainant alleges and the outcomes they seek. */
export interface FiledComplaint {
  readonly allegation: string;
  readonly outcomesSought: readonly string[];
}

/**
 * The complaint, read from the case's log (its first event). It is the Complainant's personal data, sealed under their
 * key (issue 9): never copied into a read model, so after an erasure or a disposal it reads `[erased]` here as in the log.
 */
export async function filedComplaint(store: EventStore, upcasters: UpcasterRegistry, caseId: string): Promise<FiledComplaint | undefined> {
  const stream = caseStream(caseId);
  const [first] = await store.readStream(stream, { maxCount: 1 });
  const stored = first?.type === 'ComplaintFiled' ? first : (await store.readStream(stream)).find((event) => event.type === 'ComplaintFiled');
  if (!stored) return undefined;
  const { allegation, outcomesSought } = upcasters.upcast(stored).data as ComplaintFiled['data'];
  return { allegation, outcomesSought: [...outcomesSought] };
}

/** The Position's text when it is the complaint: the allegation, then the outcomes sought; erased, it reads `[erased]`. */
function positionText(complaint: FiledComplaint): string {
  if (isErased(complaint.allegation)) return ERASED;
  return complaint.outcomesSought.length === 0 ? complaint.allegation : `${complaint.allegation}\n\nOutcomes sought:\n${complaint.outcomesSought.map((outcome) => `- ${outcome}`).join('\n')}`;
}

/**
 * BBB-4.3.2, BBB-4.4: the Case Record holds the Position. When the original complaint was accepted as the Position, the
 * record's entry is only the fact of that acceptance; the view shows the complaint itself in its place (every audience:
 * nothing of it is Proprietary Information), keeping what was recorded on acceptance as `note`. The complaint is read
 * from the log only when the view has such a Position.
 */
export async function withComplaintAsPosition(view: CaseRecordView, complaint: () => Promise<FiledComplaint | undefined>): Promise<CaseRecordView> {
  const fromComplaint = Object.entries(view.submissions).filter(([, submission]) => submission.fromComplaint);
  if (fromComplaint.length === 0) return view;
  const filed = await complaint();
  if (!filed) return view;
  const submissions: Record<string, RecordSubmissionView> = { ...view.submissions };
  for (const [document, submission] of fromComplaint) {
    submissions[document] = {
      ...submission,
      summary: positionText(filed),
      complaint: { allegation: filed.allegation, outcomesSought: [...filed.outcomesSought] },
      note: submission.summary,
    };
  }
  return { ...view, submissions };
}
