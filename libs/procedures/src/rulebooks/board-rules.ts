/**
 * The Data Privacy Board, as data: the standing panel of privacy experts each Panelist is drawn from. It belongs to a
 * program, not to one case: the Board's decider (enrolment) and the Panelist selection (who may hear a case) take these
 * rules as input, and a rulebook's panel rules (`PanelRules`) carry the same two rules for its cases.
 */
export interface BoardRules {
  /**
   * Membership and the draw: a member has signed a confidentiality agreement (and has not withdrawn), and each case's
   * Panelist is drawn at random from the members eligible for it.
   */
  readonly selectionRule: string;
  /** Conflicts of interest that make a member ineligible for a case, and a member set aside for it. */
  readonly conflictRule: string;
}

/** The BBB EU Safe Harbor program's Data Privacy Board: BBB-4.2 membership and draw, BBB-4.2.1 conflicts. */
export const DATA_PRIVACY_BOARD: BoardRules = {
  selectionRule: 'BBB-4.2',
  conflictRule: 'BBB-4.2.1',
};
