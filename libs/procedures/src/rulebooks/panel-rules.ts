import type { NoticeRule } from '../deadlines/deadline-rule';
import type { BoardRules } from './board-rules';

/** The conflicts a Party may object to a Panelist for (BBB-4.2.1 (a) to (c)). */
export const OBJECTION_GROUNDS = [
  'employer-or-affiliate-is-respondent',
  'employer-or-affiliate-competes-with-respondent',
  'represents-direct-competitor',
  'relationship-with-party',
] as const;
export type ObjectionGround = (typeof OBJECTION_GROUNDS)[number];

/**
 * Appointing the Panelist, as data: one Panelist drawn at random from those eligible (BBB-4.2, BBB-4.5), conflicts,
 * self-disqualification and objections (BBB-4.2.1), and the Case Record forwarded to the Panelist (BBB-4.3).
 */
export interface PanelRules extends BoardRules {
  /** The rule the random draw is made under (and Board membership: the Board's `selectionRule`). */
  readonly selectionRule: string;
  /** The rule under which the administrator appoints the one Panelist. */
  readonly appointmentRule: string;
  /** Conflicts, self-disqualification, objections and the administrator's decision on them (the Board's `conflictRule`). */
  readonly conflictRule: string;
  /** The Case Record forwarded to the Panelist on appointment. */
  readonly recordForwarded: NoticeRule;
  /** The conflict grounds a Party may object on. */
  readonly objectionGrounds: readonly string[];
  readonly stages: {
    /** A Panelist may be appointed (the record is ready for one, or a Panelist was set aside). */
    readonly awaiting: string;
    readonly appointed: string;
  };
}
