import type { OpenCase } from '../case.state';
import type { HearingDocument, HearingEvent, HearingParty } from './hearing.events';

/** The written phase of a hearing: who asked, and each forwarded document's receipt (by us) and delivery (to the other Party). */
export interface HearingState {
  readonly requestedBy: HearingParty;
  readonly documents: Readonly<Partial<Record<HearingDocument, { readonly receivedAt: string; readonly deliveredAt?: string }>>>;
  /** When the hearing procedure completed: the record went to the Panelist (BBB-4.6.1's target runs from here). */
  readonly recordSentAt?: string;
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
