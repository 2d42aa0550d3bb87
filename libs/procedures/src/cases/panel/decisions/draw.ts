import type { PanelistProfile } from '../../../board/panelist-profile';
import { selectPanelist } from '../../../board/panelist-selection';
import type { PanelRules } from '../../../rulebooks/panel-rules';
import type { CaseEvent, NoticeSent } from '../../case.events';
import type { OpenCase } from '../../case.state';
import type { PanelistAppointed } from '../panel.events';
import type { PanelState } from '../panel.state';
import { eligibilityFor } from './eligibility';
import { partiesOf, requireText, setAsideOn } from './panel-support';

/** The Case Record forwarded to the decision-maker on appointment (BBB-4.3). */
export function recordForwarded(open: OpenCase, rules: PanelRules, at: string): NoticeSent {
  return {
    type: 'NoticeSent',
    data: {
      caseId: open.caseId,
      noticeId: `notice-${open.noticesSent + 1}`,
      kind: rules.recordForwarded.kind,
      rule: rules.recordForwarded.rule,
      recipient: 'panelist',
      channel: 'email',
      sentAt: at,
    },
  };
}

/**
 * The decision-maker was set aside: under `new-draw` a replacement is drawn at once with the new seed; under
 * `new-designation` nothing follows here, and the case awaits the administrator's next designation.
 */
export function replace(open: OpenCase, rules: PanelRules, panel: PanelState, input: { panelists: readonly PanelistProfile[]; seed: string; at: string; setAside: string }): CaseEvent[] {
  if (rules.replacement === 'new-designation') return [];
  return draw(open, rules, panel, { panelists: input.panelists, seed: input.seed, at: input.at, alsoSetAside: input.setAside, replaces: input.setAside });
}

/**
 * BBB-4.2 / BBB-4.5: draw one member at random from those eligible (conflicts, qualifications, exclusions), excluding
 * those already set aside on this case and `alsoSetAside` (set aside by the same decision). Returns the appointment
 * and the Case Record forwarded to them (BBB-4.3), or nothing when no one is eligible.
 */
export function draw(
  open: OpenCase,
  rules: PanelRules,
  panel: PanelState,
  input: { panelists: readonly PanelistProfile[]; seed: string; at: string; alsoSetAside?: string; replaces?: string },
): CaseEvent[] {
  const seed = requireText(input.seed, rules.choice.rule, 'seed');
  const setAside = setAsideOn(panel, input.alsoSetAside);
  const result = selectPanelist({ ...eligibilityFor(open, rules, input.panelists, setAside), seed });
  if (!result.selected) return [];
  const appointed: PanelistAppointed = {
    type: 'PanelistAppointed',
    data: {
      caseId: open.caseId,
      panelistId: result.selected.panelistId,
      rule: rules.appointmentRule,
      selectionRule: rules.choice.rule,
      seed: result.seed,
      eligible: result.eligible,
      excluded: result.excluded,
      parties: partiesOf(open),
      setAside,
      ...(input.replaces ? { replaces: input.replaces } : {}),
      stage: rules.stages.appointed,
      appointedAt: input.at,
    },
  };
  return [appointed, recordForwarded(open, rules, input.at)];
}
