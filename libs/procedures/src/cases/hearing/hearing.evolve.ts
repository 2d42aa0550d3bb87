import type { OpenCase } from '../case.state';
import type { HearingDocument, HearingEvent } from './hearing.events';
import type { HearingState } from './hearing.state';

// Apart from hearing.state.ts, which case.state.ts imports: folding into the case needs OpenCase, and the two would import each other (issue 10).

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
