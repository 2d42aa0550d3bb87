import { rulebookOf } from '../case-guards';
import type { OpenCase } from '../case.state';
import { slotOfFact } from '../exchange/exchange-slots';
import type { HearingEvent } from './hearing.events';
import type { HearingState } from './hearing.state';

// Apart from hearing.state.ts, which case.state.ts imports: folding into the case needs OpenCase, and the two would import each other (issue 10).

type Filed = Extract<HearingEvent, { type: 'PositionSubmitted' | 'RebuttalSubmitted' | 'ReplySubmitted' | 'ResponseSubmitted' | 'SubmissionFiled' }>;

/** A filing: the slot it belongs to (its rulebook's data) received it; a slot forwarded to the other Party is a document sent. */
function withFiling(state: OpenCase, hearing: HearingState | undefined, event: Filed): HearingState | undefined {
  const exchange = rulebookOf(state).hearing?.exchange;
  const slot = exchange && slotOfFact(exchange, event.type, event.type === 'SubmissionFiled' ? event.data.slot : undefined);
  if (!hearing || !slot) return hearing;
  const { receivedAt } = event.data;
  const documents = slot.forward ? { ...hearing.documents, [slot.id]: { receivedAt } } : hearing.documents;
  return { ...hearing, filed: { ...hearing.filed, [slot.id]: receivedAt }, documents };
}

function evolveSlice(state: OpenCase, event: HearingEvent): HearingState | undefined {
  const { hearing } = state;
  switch (event.type) {
    case 'HearingRequested':
      return { requestedBy: event.data.requestedBy, filed: {}, documents: {} };
    case 'PositionSubmitted':
    case 'RebuttalSubmitted':
    case 'ReplySubmitted':
    case 'ResponseSubmitted':
    case 'SubmissionFiled':
      return withFiling(state, hearing, event);
    case 'DefaultNoticeIssued': {
      const silence = rulebookOf(state).hearing?.exchange.slots.map((slot) => slot.silence).find((candidate) => candidate.then === 'default-notice' && candidate.stage === event.data.stage);
      const document = silence?.then === 'default-notice' ? silence.document : undefined;
      return hearing && document ? { ...hearing, documents: { ...hearing.documents, [document]: { receivedAt: event.data.sentAt } } } : hearing;
    }
    case 'HearingDocumentDelivered': {
      const current = hearing?.documents[event.data.document];
      return hearing && current ? { ...hearing, documents: { ...hearing.documents, [event.data.document]: { ...current, deliveredAt: event.data.deliveredAt } } } : hearing;
    }
    case 'HearingRecordSentToPanelist':
      return hearing ? { ...hearing, recordSentAt: event.data.sentAt } : hearing;
    case 'RespondentDefaultNoted':
      return hearing;
  }
}

/** Folds a hearing event into the case: the stage it names (the rulebook's), and the hearing slice. */
export function evolveHearing(state: OpenCase, event: HearingEvent): OpenCase {
  const hearing = evolveSlice(state, event);
  const stage = 'stage' in event.data && event.data.stage !== undefined ? event.data.stage : state.stage;
  return { ...state, stage, ...(hearing ? { hearing } : {}) };
}
