import { RuleViolation } from '@pdr/event-sourcing';
import type { CaseEvent } from '../../case.events';
import type { CaseState } from '../../case.state';
import type { AppointPanelist } from '../panel.commands';
import { draw, requirePanelRules } from './panel-support';

/**
 * BBB-4.5: once the Case Record is ready for a Panelist, the CBBB appoints one, drawn at random (BBB-4.2) from the
 * Panelists free of conflict with this case (BBB-4.2.1), and forwards the Case Record to them (BBB-4.3).
 */
export function appointPanelist(command: AppointPanelist, state: CaseState): CaseEvent[] {
  const { open, rules, panel } = requirePanelRules(state, command.caseId);
  if (open.stage !== rules.stages.awaiting || panel.panelistId) {
    throw new RuleViolation('conflict', rules.appointmentRule, `a Panelist is appointed when the case awaits one; the case is in ${open.stage}${panel.panelistId ? ` with Panelist ${panel.panelistId}` : ''}`);
  }
  const events = draw(open, rules, panel, { panelists: command.panelists, seed: command.seed, at: command.issuedAt });
  if (events.length === 0) {
    throw new RuleViolation('conflict', rules.conflictRule, `no Panelist on the Board is eligible for this case (${command.panelists.length} active, every one conflicted or set aside)`);
  }
  return events;
}
