import { withEntry } from '@pdr/event-sourcing';
import { rulebookOf } from '../case-guards';
import type { CaseEvent } from '../case.events';
import type { OpenCase } from '../case.state';
import { defaultNoticeOf, exchangesOf, findSlot, slotOfFact } from './exchange-slots';
import { type ExchangeState, initialExchange } from './exchange.state';

// Apart from exchange.state.ts, which case.state.ts imports: folding needs OpenCase and its rulebook.

/** The events that move an exchange's slice. */
export type ExchangeFold = Extract<
  CaseEvent,
  { type: 'PositionSubmitted' | 'RebuttalSubmitted' | 'ReplySubmitted' | 'ResponseSubmitted' | 'SubmissionFiled' | 'SubmissionWaived' | 'DefaultNoticeIssued' | 'HearingDocumentDelivered' | 'ExchangeDocumentDelivered' }
>;

/** The slot a filing belongs to: the slot it names, or the one its rulebook records with this fact. */
function slotFiled(state: OpenCase, event: Extract<ExchangeFold, { data: { receivedAt: string } }>) {
  const rulebook = rulebookOf(state);
  if (event.type === 'SubmissionFiled') return findSlot(rulebook, event.data.slot)?.slot;
  for (const rules of exchangesOf(rulebook)) {
    const slot = slotOfFact(rules, event.type);
    if (slot) return slot;
  }
  return undefined;
}

function evolveSlice(state: OpenCase, exchange: ExchangeState, event: ExchangeFold): ExchangeState {
  switch (event.type) {
    case 'PositionSubmitted':
    case 'RebuttalSubmitted':
    case 'ReplySubmitted':
    case 'ResponseSubmitted':
    case 'SubmissionFiled': {
      const slot = slotFiled(state, event);
      if (!slot) return exchange;
      const { receivedAt } = event.data;
      // A slot forwarded to the other Party is a document sent; its receipt starts the next period.
      const documents = slot.forward ? withEntry(exchange.documents, slot.id, { receivedAt }) : exchange.documents;
      return { ...exchange, filed: withEntry(exchange.filed, slot.id, receivedAt), documents };
    }
    case 'SubmissionWaived':
      return { ...exchange, waived: withEntry(exchange.waived, event.data.slot, event.data.waivedAt) };
    case 'DefaultNoticeIssued': {
      const notice = exchangesOf(rulebookOf(state))
        .flatMap((rules) => rules.slots.map(defaultNoticeOf))
        .find((candidate) => candidate?.stage === event.data.stage);
      return notice ? { ...exchange, documents: withEntry(exchange.documents, notice.document, { receivedAt: event.data.sentAt }) } : exchange;
    }
    case 'HearingDocumentDelivered':
    case 'ExchangeDocumentDelivered': {
      const current = exchange.documents[event.data.document];
      return current ? { ...exchange, documents: withEntry(exchange.documents, event.data.document, { ...current, deliveredAt: event.data.deliveredAt }) } : exchange;
    }
  }
}

/** Folds an exchange event into the case's exchange slice. */
export function evolveExchange(state: OpenCase, event: ExchangeFold): OpenCase {
  return { ...state, exchange: evolveSlice(state, state.exchange ?? initialExchange, event) };
}
