import type { NoticeRule } from '../deadlines/deadline-rule';
import type { AppointmentChoice, ExcludedPerson, Objector, QualificationRequirement, Replacement } from './appointment-rules';
import { type BoardRules, DATA_PRIVACY_BOARD } from './board-rules';

/**
 * The conflicts the appointment part can check a member of the pool for, each evaluated against the case's Parties
 * (BBB-4.2.1 (a) to (c)); a rulebook lists those its procedure names, and the grounds a Party may object on.
 */
export const OBJECTION_GROUNDS = [
  'employer-or-affiliate-is-respondent',
  'employer-or-affiliate-competes-with-respondent',
  'represents-direct-competitor',
  'relationship-with-party',
] as const;
export type ObjectionGround = (typeof OBJECTION_GROUNDS)[number];
export const CONFLICT_GROUNDS = OBJECTION_GROUNDS;
export type ConflictGround = ObjectionGround;

/**
 * Appointing the decision-maker of a case, as data (issue 10): the role in the procedure's words, how the person is
 * chosen from the pool (`BoardRules.selectionRule` governs membership), the qualifications, conflicts and exclusions
 * that rule a member out, self-disqualification and objections, the replacement, and the Case Record forwarded.
 */
export interface PanelRules extends BoardRules {
  /** The decision-maker's title in the procedure's words: 'Panelist', 'hearing officer'. */
  readonly role: string;
  /** Pool membership (a member able to serve): the Board's rule. */
  readonly selectionRule: string;
  /** The rule under which the administrator appoints the one decision-maker. */
  readonly appointmentRule: string;
  readonly choice: AppointmentChoice;
  /** Every requirement must be met, each by any one of its credentials; none: membership of the pool suffices. */
  readonly qualifications: readonly QualificationRequirement[];
  /** Conflicts, self-disqualification, objections and the administrator's decision on them (the Board's `conflictRule`). */
  readonly conflictRule: string;
  /** The conflicts checked against the Parties before anyone is appointed. */
  readonly conflictGrounds: readonly ConflictGround[];
  readonly excludedPersons: readonly ExcludedPerson[];
  /** Who may object to the decision-maker, and on which grounds. */
  readonly objectors: readonly Objector[];
  readonly objectionGrounds: readonly string[];
  readonly replacement: Replacement;
  /** The Case Record forwarded to the decision-maker on appointment. */
  readonly recordForwarded: NoticeRule;
  readonly stages: {
    /** A decision-maker may be appointed (the record is ready for one, or the one appointed was set aside). */
    readonly awaiting: string;
    readonly appointed: string;
  };
}

/**
 * BBB: one Panelist (BBB-4.5) drawn at random (BBB-4.2) from the Data Privacy Board, no qualification beyond
 * membership with a signed confidentiality agreement; BBB-4.2.1's conflicts, self-disqualification and either Party's
 * objection, a new draw on replacement; the Case Record forwarded (BBB-4.3).
 */
export const BBB_PANELIST: PanelRules = {
  role: 'Panelist',
  ...DATA_PRIVACY_BOARD,
  appointmentRule: 'BBB-4.5',
  choice: { method: 'random-draw', rule: 'BBB-4.2' },
  qualifications: [],
  conflictGrounds: ['employer-or-affiliate-is-respondent', 'employer-or-affiliate-competes-with-respondent', 'represents-direct-competitor', 'relationship-with-party'],
  excludedPersons: [],
  objectors: ['complainant', 'respondent'],
  objectionGrounds: ['employer-or-affiliate-is-respondent', 'employer-or-affiliate-competes-with-respondent', 'represents-direct-competitor', 'relationship-with-party'],
  replacement: 'new-draw',
  recordForwarded: { kind: 'case-record-forwarded', rule: 'BBB-4.3' },
  stages: { awaiting: 'awaiting-panelist', appointed: 'panelist-appointed' },
};
