import type { CaseEvent } from '../case.events';
import type { CaseState } from '../case.state';
import { appointPanelist } from './decisions/appoint-panelist';
import { designateDecisionMaker } from './decisions/designate-decision-maker';
import { disqualifyPanelist } from './decisions/disqualify-panelist';
import { decideObjection, raiseObjection } from './decisions/objections';
import type { PanelCommand } from './panel.commands';

/** Appointing the decision-maker by draw (BBB-4.5, BBB-4.2) or designation, conflicts (BBB-4.2.1), and the Case Record forwarded (BBB-4.3). */
export function decidePanel(command: PanelCommand, state: CaseState): readonly CaseEvent[] {
  switch (command.kind) {
    case 'AppointPanelist':
      return appointPanelist(command, state);
    case 'DisqualifyPanelist':
      return disqualifyPanelist(command, state);
    case 'RaisePanelistObjection':
      return raiseObjection(command, state);
    case 'DecidePanelistObjection':
      return decideObjection(command, state);
    case 'DesignateDecisionMaker':
      return designateDecisionMaker(command, state);
  }
}
