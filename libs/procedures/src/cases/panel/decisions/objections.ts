import { RuleViolation } from '@pdr/event-sourcing';
import type { CaseEvent } from '../../case.events';
import type { CaseState } from '../../case.state';
import type { DecidePanelistObjection, RaisePanelistObjection } from '../panel.commands';
import { draw, requireAppointed, requirePanelRules, requireText, requireWithPanelist } from './panel-support';

/** BBB-4.2.1: either Party objects to the selected Panelist, for one of the conflicts the Section states. */
export function raiseObjection(command: RaisePanelistObjection, state: CaseState): CaseEvent[] {
  const { open, rules, panel } = requirePanelRules(state, command.caseId);
  requireAppointed(panel, rules, command.panelistId);
  requireWithPanelist(open, rules);
  if (!rules.objectionGrounds.includes(command.ground)) {
    throw new RuleViolation('unprocessable', rules.conflictRule, `an objection is for a conflict of interest: one of ${rules.objectionGrounds.join(', ')}`, 'ground');
  }
  const details = requireText(command.details, rules.conflictRule, 'details');
  const pending = Object.entries(panel.objections).find(([, o]) => o.status === 'pending' && o.panelistId === command.panelistId && o.raisedBy === command.raisedBy);
  if (pending) throw new RuleViolation('conflict', rules.conflictRule, `the ${command.raisedBy}'s objection ${pending[0]} to this Panelist awaits the CBBB's decision`);
  const objectionId = `objection-${Object.keys(panel.objections).length + 1}`;
  return [
    {
      type: 'PanelistObjectionRaised',
      data: { caseId: command.caseId, objectionId, panelistId: command.panelistId, raisedBy: command.raisedBy, ground: command.ground, details, rule: rules.conflictRule, raisedAt: command.issuedAt },
    },
  ];
}

/**
 * BBB-4.2.1: the CBBB decides, acting reasonably (so with a reason), whether good cause exists. Upheld: the Panelist
 * is set aside for this case and a replacement is drawn with a new seed, recorded; rejected: the Panelist stays.
 */
export function decideObjection(command: DecidePanelistObjection, state: CaseState): CaseEvent[] {
  const { open, rules, panel } = requirePanelRules(state, command.caseId);
  const objection = panel.objections[command.objectionId];
  if (!objection) throw new RuleViolation('not-found', rules.conflictRule, `no objection ${command.objectionId} on this case`, 'objectionId');
  if (objection.status !== 'pending') throw new RuleViolation('conflict', rules.conflictRule, `objection ${command.objectionId} was already ${objection.status}`, 'objectionId');
  const reason = requireText(command.reason, rules.conflictRule, 'reason');
  if (panel.panelistId !== objection.panelistId) {
    throw new RuleViolation('conflict', rules.conflictRule, `Panelist ${objection.panelistId} is no longer appointed on this case: the objection is moot`, 'objectionId');
  }
  requireWithPanelist(open, rules);
  const outcome = command.upheld ? 'upheld' : 'rejected';
  const decided: CaseEvent = {
    type: 'ObjectionDecided',
    data: { caseId: command.caseId, objectionId: command.objectionId, panelistId: objection.panelistId, outcome, reason, rule: rules.conflictRule, stage: command.upheld ? rules.stages.awaiting : open.stage, decidedAt: command.issuedAt },
  };
  if (!command.upheld) return [decided];
  return [decided, ...draw(open, rules, panel, { panelists: command.panelists, seed: command.seed, at: command.issuedAt, alsoSetAside: objection.panelistId, replaces: objection.panelistId })];
}
