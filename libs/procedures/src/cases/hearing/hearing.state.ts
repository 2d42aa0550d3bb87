import type { OpenCase } from '../case.state';
import type { HearingDocument, HearingEvent, HearingParty } from './hearing.events';

/** The written phase of a hearing: who asked, and each forwarded document's receipt (by us) and delivery (to the other Party). */
export interface HearingState {
  readonly requestedBy: HearingParty;
  readonly documents: Readonly<Partial<Record<HearingDocument, { readonly receivedAt: string; readonly deliveredAt?: string }>>>;
  /** When the Respondent's response (BBB-4.4.3) was received: an addendum to the Rebuttal, forwarded to no one. */
  readonly responseReceivedAt?: string;
  /** When the hearing procedure completed: the record went to the Panelist (BBB-4.6.1's target runs from here). */
  readonly recordSentAt?: string;
}

/**
 * When the case received this written submission of the hearing (BBB-4.4 to BBB-4.4.3: the Position, the Rebuttal, the
 * reply, the response); undefined when it was never filed, or is not a submission.
 */
export function submissionReceivedAt(hearing: HearingState | undefined, submission: string): string | undefined {
  switch (submission) {
    case 'position':
    case 'rebuttal':
    case 'reply':
      return hearing?.documents[submission]?.receivedAt;
    case 'response':
      return hearing?.responseReceivedAt;
    default:
      return undefined;
  }
}

function withDocument(hearing: HearingState | undefined, document: HearingDocument, receivedAt: string): HearingState | undefined {
  return hearing ? { ...hearing, documents: { ...hearing.documents, [document]: { receivedAt } } } : hearing;
}

function evolveSlice(hearing: HearingState | undefined, event: HearingEvent): HearingState | undefined {
  switch (event.type) {
    case 'HearingRequested':
      return { requestedBy: event.data.requestedBy, documents: {} };
    case 'PositionSubmitted':
      return withDocument(hearing, 'position', event.data.receivedAt);
    case 'RebuttalSubmitted':
      return withDocument(hearing, 'rebuttal', event.data.receivedAt);
    case 'ReplySubmitted':
      return withDocument(hearing, 'reply', event.data.receivedAt);
    case 'ResponseSubmitted':
      return hearing ? { ...hearing, responseReceivedAt: event.data.receivedAt } : hearing;
    case 'DefaultNoticeIssued':
      return withDocument(hearing, 'default-notice', event.data.sentAt);
    case 'HearingDocumentDelivered': {
      const current = hearing?.documents[event.data.document];
      return hearing && current ? { ...hearing, documents: { ...hearing.documents, [event.data.document]: { ...current, deliveredAt: event.data.deliveredAt } } } : hearing;
    }
    case 'HearingRecordSentToPanelist':
      return hearing ? { ...hearing, recordSentAt: event.data.sentAt } : hearing;
    default:
      return hearing;
  }
}

/** Folds a hearing event into the case: the stage it names (the rulebook's), and the hearing slice. */
export function evolveHearing(state: OpenCase, event: HearingEvent): OpenCase {
  const hearing = evolveSlice(state.hearing, event);
  const stage = 'stage' in event.data ? event.data.stage : state.stage;
  return { ...state, stage, ...(hearing ? { hearing } : {}) };
}
