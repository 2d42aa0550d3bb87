/**
 * What every exchange of the case received and sent, by slot and document id (ids are unique across a rulebook's
 * exchanges): when each slot was filed or waived, and each sent document's receipt by the other Party.
 */
export interface ExchangeState {
  readonly filed: Readonly<Record<string, string>>;
  readonly waived: Readonly<Record<string, string>>;
  readonly documents: Readonly<Record<string, { readonly receivedAt: string; readonly deliveredAt?: string }>>;
}

export const initialExchange: ExchangeState = { filed: {}, waived: {}, documents: {} };

/** When the case received this slot's filing; undefined when it was never filed, or is no slot of the rulebook. */
export function submissionReceivedAt(exchange: ExchangeState | undefined, submission: string): string | undefined {
  return exchange?.filed[submission];
}
