import type { DomainEvent } from '@pdr/event-sourcing';
import type { ExchangeParty } from '../../rulebooks/exchange-rules';

/** A filing of an exchange slot that has no fact of its own in its procedure's words (rulebook data names the slot). */
export type SubmissionFiled = DomainEvent<
  'SubmissionFiled',
  {
    readonly caseId: string;
    readonly slot: string;
    readonly by: ExchangeParty;
    /** The stage the case enters; absent when the filing ends the exchange (the end names it). */
    readonly stage?: string;
    readonly rule: string;
    readonly receivedAt: string;
    readonly summary: string;
    /** Which of the kinds the slot allows this filing is (VS-7.1: defend, dispute with documentation, admit fault). */
    readonly kind?: string;
    readonly afterDefault: boolean;
  }
>;

/** The filer declined a slot it may decline (VS-7.3(b): the Complainant is satisfied with the Response); what follows is the slot's data. */
export type SubmissionWaived = DomainEvent<'SubmissionWaived', { readonly caseId: string; readonly slot: string; readonly by: ExchangeParty; readonly rule: string; readonly reason?: string; readonly waivedAt: string }>;

/** A document of an exchange reached its recipient: the period after its receipt runs from here (VS-3.3: on transmission). */
export type ExchangeDocumentDelivered = DomainEvent<
  'ExchangeDocumentDelivered',
  { readonly caseId: string; readonly document: string; readonly recipient: ExchangeParty; readonly rule: string; readonly deliveredAt: string }
>;

/** The exchange ended (its last slot filed, or a silence that is no default) and the case moves on to the stage after it. */
export type ExchangeEnded = DomainEvent<'ExchangeEnded', { readonly caseId: string; readonly stage: string; readonly rule: string; readonly reason: string; readonly endedAt: string }>;

export type ExchangeEvent = SubmissionFiled | SubmissionWaived | ExchangeDocumentDelivered | ExchangeEnded;

export const EXCHANGE_EVENT_TYPES: readonly ExchangeEvent['type'][] = ['SubmissionFiled', 'SubmissionWaived', 'ExchangeDocumentDelivered', 'ExchangeEnded'];
