import type { CaseEvent } from '../../case.events';
import type { CaseState } from '../../case.state';
import type { DisqualifyPanelist } from '../panel.commands';
import { replace } from './draw';
import { requireAppointed, requirePanelRules, requireText, requireWithPanelist } from './panel-support';

/**
 * BBB-4.2.1: the appointed Panelist disqualifies themselves. They are set aside for this case and replaced as the
 * rulebook says: drawn at once with the new seed (when no one is eligible the case waits for an appointment later),
 * or designated afresh by the administrator.
 */
export function disqualifyPanelist(command: DisqualifyPanelist, state: CaseState): CaseEvent[] {
  const { open, rules, panel } = requirePanelRules(state, command.caseId);
  requireAppointed(panel, rules, command.panelistId);
  requireWithPanelist(open, rules);
  const reason = requireText(command.reason, rules.conflictRule, 'reason');
  return [
    { type: 'PanelistSelfDisqualified', data: { caseId: command.caseId, panelistId: command.panelistId, rule: rules.conflictRule, reason, stage: rules.stages.awaiting, disqualifiedAt: command.issuedAt } },
    ...replace(open, rules, panel, { panelists: command.panelists, seed: command.seed, at: command.issuedAt, setAside: command.panelistId }),
  ];
}
