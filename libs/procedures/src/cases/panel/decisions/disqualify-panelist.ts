import type { CaseEvent } from '../../case.events';
import type { CaseState } from '../../case.state';
import type { DisqualifyPanelist } from '../panel.commands';
import { draw, requireAppointed, requirePanelRules, requireText, requireWithPanelist } from './panel-support';

/**
 * BBB-4.2.1: the appointed Panelist disqualifies themselves. They are set aside for this case and a replacement is
 * drawn at once with the new seed; when no one is eligible the case waits for a Panelist (an appointment later).
 */
export function disqualifyPanelist(command: DisqualifyPanelist, state: CaseState): CaseEvent[] {
  const { open, rules, panel } = requirePanelRules(state, command.caseId);
  requireAppointed(panel, rules, command.panelistId);
  requireWithPanelist(open, rules);
  const reason = requireText(command.reason, rules.conflictRule, 'reason');
  return [
    { type: 'PanelistSelfDisqualified', data: { caseId: command.caseId, panelistId: command.panelistId, rule: rules.conflictRule, reason, stage: rules.stages.awaiting, disqualifiedAt: command.issuedAt } },
    ...draw(open, rules, panel, { panelists: command.panelists, seed: command.seed, at: command.issuedAt, alsoSetAside: command.panelistId, replaces: command.panelistId }),
  ];
}
