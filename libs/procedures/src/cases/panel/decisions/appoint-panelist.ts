import { RuleViolation } from '@pdr/event-sourcing';
import type { CaseEvent } from '../../case.events';
import type { CaseState } from '../../case.state';
import type { AppointPanelist } from '../panel.commands';
import { draw } from './draw';
import { requireAwaiting, requireChoice, requirePanelRules } from './panel-support';

/**
 * BBB-4.5: once the Case Record is ready for a Panelist, the CBBB appoints one, drawn at random (BBB-4.2) from the
 * Panelists free of conflict with this case (BBB-4.2.1), and forwards the Case Record to them (BBB-4.3). A rulebook
 * that designates its decision-maker refuses a draw.
 */
export function appointPanelist(command: AppointPanelist, state: CaseState): CaseEvent[] {
  const { open, rules, panel } = requirePanelRules(state, command.caseId);
  requireChoice(rules, 'random-draw');
  requireAwaiting(open, rules, panel);
  const events = draw(open, rules, panel, { panelists: command.panelists, seed: command.seed, at: command.issuedAt });
  if (events.length === 0) {
    throw new RuleViolation('conflict', rules.conflictRule, `no ${rules.role} on the Board is eligible for this case (${command.panelists.length} active, every one conflicted, set aside or otherwise ruled out)`);
  }
  return events;
}
