import type { HearingParty } from './hearing.events';

/** The hearing: who asked for it, and when its written phase ended (what each slot received is the exchange's slice). */
export interface HearingState {
  readonly requestedBy: HearingParty;
  /** When the hearing procedure completed: the record went to the Panelist (BBB-4.6.1's target runs from here). */
  readonly recordSentAt?: string;
}
