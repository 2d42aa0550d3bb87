import type { PanelRules } from '../../rulebooks/panel-rules';
import type { OpenCase } from '../case.state';
import type { NextAction, NextActionsOf } from '../next-actions/next-action';
import type { ObjectionParty } from './panel.events';
import { initialPanel, type PanelState } from './panel.state';
import { appointedAs, appointmentFor } from './appointments';

/**
 * BBB-4.5: the case awaits its decision-maker (the record is ready, or the one appointed was set aside with no
 * replacement): drawn, or designated, as the rulebook chooses. Whether the pool has anyone eligible is the command's
 * to find out, not the state's.
 */
function appointmentAction(open: OpenCase, rules: PanelRules, panel: PanelState): NextAction[] {
  if (open.stage !== rules.stages.awaiting || appointedAs(panel, rules)) return [];
  if (rules.choice.method === 'designation') {
    return [{ command: 'DesignateDecisionMaker', by: 'administrator', rule: rules.appointmentRule, description: `Designate the ${rules.role}: qualified, free of conflict and not excluded`, awaited: true }];
  }
  return [{ command: 'AppointPanelist', by: 'administrator', rule: rules.appointmentRule, description: `Appoint a ${rules.role} drawn at random from those free of conflict`, awaited: true }];
}

/**
 * BBB-4.2.1: the appointed Panelist may disqualify themselves, and each Party may object to them unless its own
 * objection to them is still pending; only while the case is with them, before the Decision.
 */
function conflictActions(open: OpenCase, rules: PanelRules, panel: PanelState): NextAction[] {
  const { panelistId } = panel;
  if (!panelistId || open.stage !== rules.stages.appointed) return [];
  const pendingFrom = (party: ObjectionParty) => Object.values(panel.objections).some((o) => o.status === 'pending' && o.panelistId === panelistId && o.raisedBy === party);
  return [
    { command: 'DisqualifyPanelist', by: 'panelist', rule: rules.conflictRule, description: `${rules.role} ${panelistId} disqualifies themselves`, awaited: false, about: { panelistId } },
    ...rules.objectors.filter((party) => !pendingFrom(party)).map(
      (party): NextAction => ({ command: 'RaisePanelistObjection', by: party, rule: rules.conflictRule, description: `The ${party} objects to ${rules.role} ${panelistId} for a conflict of interest`, awaited: false, about: { panelistId, party } }),
    ),
  ];
}

/** BBB-4.2.1: the CBBB decides each pending objection to the Panelist still appointed; one to a Panelist since replaced is moot. */
function objectionDecisions(open: OpenCase, rules: PanelRules, panel: PanelState): NextAction[] {
  if (open.stage !== rules.stages.appointed) return [];
  return Object.entries(panel.objections)
    .filter(([, objection]) => objection.status === 'pending' && objection.panelistId === panel.panelistId)
    .map(([objectionId, objection]): NextAction => ({
      command: 'DecidePanelistObjection',
      by: 'administrator',
      rule: rules.conflictRule,
      description: `Decide the ${objection.raisedBy}'s objection to ${rules.role} ${objection.panelistId} (${objection.ground})`,
      awaited: true,
      about: { objectionId },
    }));
}

/** Appointing the Panelist and conflicts (BBB-4.2, 4.2.1, 4.5): none on a closed case or under a rulebook without them. */
export const panelNextActions: NextActionsOf = (open, rulebook) => {
  const rules = appointmentFor(rulebook, open.stage);
  if (!rules || open.status !== 'open') return [];
  const panel = open.panel ?? initialPanel;
  return [...appointmentAction(open, rules, panel), ...objectionDecisions(open, rules, panel), ...conflictActions(open, rules, panel)];
};
