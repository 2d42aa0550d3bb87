import { RuleViolation } from '@pdr/event-sourcing';
import type { CaseEvent } from '../../case.events';
import type { CaseState } from '../../case.state';
import type { DecidePanelistObjection, RaisePanelistObjection } from '../panel.commands';
import { replace } from './draw';
import { requireAppointed, requirePanelRules, requireText, requireWithPanelist } from './panel-support';

/** BBB-4.2.1: a Party the rulebook lets object does so to the selected Panelist, for one of the conflicts it states. */
export function raiseObjection(command: RaisePanelistObjection, state: CaseState): CaseEvent[] {
  const { open, rules, panel } = requirePanelRules(state, command.caseId);
  requireAppointed(panel, rules, command.panelistId);
  requireWithPanelist(open, rules);
  if (!rules.objectors.includes(command.raisedBy)) {
    throw new RuleViolation('unprocessable', rules.conflictRule, `an objection to the ${rules.role} is raised by ${rules.objectors.join(' or ')}`, 'raisedBy');
  }
  if (!rules.objectionGrounds.includes(command.ground)) {
    throw new RuleViolation('unprocessable', rules.conflictRule, `an objection is for a conflict of interest: one of ${rules.objectionGrounds.join(', ')}`, 'ground');
  }
  const details = requireText(command.details, rules.conflictRule, 'details');
  const pending = Object.entries(panel.objections).find(([, o]) => o.status === 'pending' && o.panelistId === command.panelistId && o.raisedBy === command.raisedBy);
  if (pending) throw new RuleViolation('conflict', rules.conflictRule, `the ${command.raisedBy}'s objection ${pending[0]} to this ${rules.role} awaits the administrator's decision`);
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
 * is set aside for this case and replaced as the rulebook says (a new draw with a new seed, recorded, or a new
 * designation); rejected: the Panelist stays.
 */
export function decideObjection(command: DecidePanelistObjection, state: CaseState): CaseEvent[] {
  const { open, rules, panel } = requirePanelRules(state, command.caseId);
  const objection = panel.objections[command.objectionId];
  if (!objection) throw new RuleViolation('not-found', rules.conflictRule, `no objection ${command.objectionId} on this case`, 'objectionId');
  if (objection.status !== 'pending') throw new RuleViolation('conflict', rules.conflictRule, `objection ${command.objectionId} was already ${objection.status}`, 'objectionId');
  const reason = requireText(command.reason, rules.conflictRule, 'reason');
  if (panel.panelistId !== objection.panelistId) {
    throw new RuleViolation('conflict', rules.conflictRule, `${rules.role} ${objection.panelistId} is no longer appointed on this case: the objection is moot`, 'objectionId');
  }
  requireWithPanelist(open, rules);
  const outcome = command.upheld ? 'upheld' : 'rejected';
  const decided: CaseEvent = {
    type: 'ObjectionDecided',
    data: { caseId: command.caseId, objectionId: command.objectionId, panelistId: objection.panelistId, outcome, reason, rule: rules.conflictRule, stage: command.upheld ? rules.stages.awaiting : open.stage, decidedAt: command.issuedAt },
  };
  if (!command.upheld) return [decided];
  return [decided, ...replace(open, rules, panel, { panelists: command.panelists, seed: command.seed, at: command.issuedAt, setAside: objection.panelistId })];
}
