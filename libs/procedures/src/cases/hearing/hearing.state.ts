import type { HearingDocument, HearingParty } from './hearing.events';

/** The written phase of a hearing: who asked, what each slot received, and each sent document's delivery to the other Party. */
export interface HearingState {
  readonly requestedBy: HearingParty;
  /** When each slot's filing was received, by slot id (BBB-4.4 to 4.4.3: the Position, the Rebuttal, the reply, the response). */
  readonly filed: Readonly<Record<string, string>>;
  /** Each document sent whose receipt starts a period (a forwarded filing, a default notice), with its delivery once recorded. */
  readonly documents: Readonly<Record<HearingDocument, { readonly receivedAt: string; readonly deliveredAt?: string }>>;
  /** When the hearing procedure completed: the record went to the Panelist (BBB-4.6.1's target runs from here). */
  readonly recordSentAt?: string;
}

/** When the case received this slot's filing; undefined when it was never filed, or is not a slot of the hearing. */
export function submissionReceivedAt(hearing: HearingState | undefined, submission: string): string | undefined {
  return hearing?.filed[submission];
}
