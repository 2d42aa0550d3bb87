import type { HearingDocument, HearingParty } from './hearing.events';

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
