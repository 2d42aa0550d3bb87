import type { Role } from '@pdr/event-sourcing';
import type { Rulebook } from '../../rulebooks/rulebook';
import type { CaseCommand } from '../case.commands';
import type { OpenCase } from '../case.state';

/**
 * Who takes an action through the API: a role the access policy lets call the action's route (for a Party, from its
 * own side). 'administrator' is the procedure's administrator (the CBBB, VeraSafe) and its staff, who also record what
 * a Party sends them when the Party does not act itself; an action either Party may take is listed once per Party.
 */
export type ActionTaker = Extract<Role, 'administrator' | 'complainant' | 'respondent' | 'panelist'>;

/** A procedure action the case's current state allows: what staff see as "what can happen next". */
export interface NextAction {
  /** The command that takes it (erasure is no procedure step: it answers an erasure request, `/erasure-requests`). */
  readonly command: Exclude<CaseCommand['kind'], 'FileComplaint' | 'RecordDeadlineLapse' | 'EraseComplainantData'>;
  readonly by: ActionTaker;
  readonly rule: string;
  /** What it does, briefly. */
  readonly description: string;
  /**
   * True when the procedure is waiting for it: a period runs for it or the case cannot move on without it.
   * False for what is merely allowed (withdrawal, a representative, an extension, an objection).
   */
  readonly awaited: boolean;
  /** The running deadline it meets or concerns. */
  readonly deadlineId?: string;
  /** What the action is about when the case has several: a document, an objection, a designation, a request. */
  readonly about?: Readonly<Record<string, string>>;
}

/**
 * One part of the procedure's contribution. Each part lists its actions next to its own guards so the two
 * change together; a part whose rules the rulebook lacks contributes nothing.
 */
export type NextActionsOf = (state: OpenCase, rulebook: Rulebook) => readonly NextAction[];
