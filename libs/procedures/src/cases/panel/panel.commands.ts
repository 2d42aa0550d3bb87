import type { PanelistProfile } from '../../board/panelist-profile';
import type { ObjectionParty } from './panel.events';

/** What a draw needs that the decider cannot read itself: the Board as the handler found it, and the seed. */
interface WithDraw {
  /** The active Panelists' profiles (PanelistQueries.activeProfiles). */
  readonly panelists: readonly PanelistProfile[];
  /** Recorded with the appointment so the draw can be re-derived (BBB-4.2). */
  readonly seed: string;
}

/** BBB-4.5: the administrator appoints one Panelist, drawn at random from those eligible (BBB-4.2, BBB-4.2.1); a rulebook that designates refuses it. */
export interface AppointPanelist extends WithDraw {
  readonly kind: 'AppointPanelist';
  readonly caseId: string;
  readonly issuedAt: string;
}

/** BBB-4.2.1: the appointed Panelist disqualifies themselves; a replacement is drawn at once when one is eligible. */
export interface DisqualifyPanelist extends WithDraw {
  readonly kind: 'DisqualifyPanelist';
  readonly caseId: string;
  readonly panelistId: string;
  readonly reason: string;
  readonly issuedAt: string;
}

/** BBB-4.2.1: a Party objects to the selected Panelist for a conflict of interest. */
export interface RaisePanelistObjection {
  readonly kind: 'RaisePanelistObjection';
  readonly caseId: string;
  readonly panelistId: string;
  readonly raisedBy: ObjectionParty;
  readonly ground: string;
  readonly details: string;
  readonly issuedAt: string;
}

/** BBB-4.2.1: the CBBB decides, acting reasonably, whether good cause exists; upheld: a replacement is drawn with a new seed. */
export interface DecidePanelistObjection extends WithDraw {
  readonly kind: 'DecidePanelistObjection';
  readonly caseId: string;
  readonly objectionId: string;
  readonly upheld: boolean;
  readonly reason: string;
  readonly issuedAt: string;
}

/**
 * Under a rulebook that chooses by designation (VS-8.1): the administrator names the decision-maker from the pool;
 * refused when the person lacks the qualifications, has a conflict, or is excluded by the case's history.
 */
export interface DesignateDecisionMaker {
  readonly kind: 'DesignateDecisionMaker';
  readonly caseId: string;
  /** The member of the pool designated. */
  readonly panelistId: string;
  /** The pool as the handler found it, with the credentials the Board records for the one designated. */
  readonly panelists: readonly PanelistProfile[];
  readonly issuedAt: string;
}

export type PanelCommand = AppointPanelist | DisqualifyPanelist | RaisePanelistObjection | DecidePanelistObjection | DesignateDecisionMaker;

export const PANEL_COMMAND_KINDS: readonly PanelCommand['kind'][] = ['AppointPanelist', 'DisqualifyPanelist', 'RaisePanelistObjection', 'DecidePanelistObjection', 'DesignateDecisionMaker'];
