import { RuleViolation } from '@pdr/event-sourcing';
import type { PanelistProfile } from '../../../board/panelist-profile';
import { selectPanelist } from '../../../board/panelist-selection';
import type { PanelRules } from '../../../rulebooks/panel-rules';
import type { CaseEvent, NoticeSent } from '../../case.events';
import { requireOpenCase, rulebookOf } from '../../case-guards';
import type { CaseState, OpenCase } from '../../case.state';
import type { PanelistAppointed } from '../panel.events';
import { initialPanel, type PanelState } from '../panel.state';

/** The open case and its rulebook's panel rules: a rulebook without them refuses every panel command. */
export function requirePanelRules(state: CaseState, caseId: string): { open: OpenCase; rules: PanelRules; panel: PanelState } {
  const open = requireOpenCase(state, caseId);
  const rules = rulebookOf(open).panel;
  if (!rules) throw new RuleViolation('conflict', 'PANEL-NOT-PROVIDED', `${open.rulebook.id} has no Panelist appointment`);
  return { open, rules, panel: open.panel ?? initialPanel };
}

export function requireText(text: string | undefined, rule: string, field: string): string {
  if (!text || !text.trim()) throw new RuleViolation('unprocessable', rule, `the ${field} is required`, field);
  return text;
}

/** The appointed Panelist the command names: anyone else is not on the case. */
export function requireAppointed(panel: PanelState, rules: PanelRules, panelistId: string): void {
  if (!panel.panelistId) throw new RuleViolation('conflict', rules.conflictRule, 'no Panelist is appointed on this case', 'panelistId');
  if (panel.panelistId !== panelistId) throw new RuleViolation('conflict', rules.conflictRule, `${panelistId} is not the Panelist appointed on this case (${panel.panelistId} is)`, 'panelistId');
}

/** Conflicts are raised and decided while the case is with the appointed Panelist; once the Decision is out they are moot. */
export function requireWithPanelist(open: OpenCase, rules: PanelRules): void {
  if (open.stage !== rules.stages.appointed) throw new RuleViolation('conflict', rules.conflictRule, `conflicts of the Panelist are dealt with before the Decision; the case is in ${open.stage}`);
}

/** The case facts conflicts are checked against: the registry's legal name once the Respondent was identified. */
function partiesOf(open: OpenCase): PanelistAppointed['data']['parties'] {
  const parties = open.parties ?? { complainantName: '', respondentName: '' };
  return {
    respondentName: parties.respondentLegalName ?? parties.respondentName,
    ...(open.respondentBusinessId ? { respondentBusinessId: open.respondentBusinessId } : {}),
    complainantName: parties.complainantName,
  };
}

/**
 * BBB-4.2 / BBB-4.5: draw one Panelist at random from those eligible (BBB-4.2.1), excluding those already set aside
 * on this case and `alsoSetAside` (set aside by the same decision). Returns the appointment and the Case Record
 * forwarded to the Panelist (BBB-4.3), or nothing when no Panelist is eligible.
 * `earlierNotices` counts notices emitted before these in the same decision.
 */
export function draw(
  open: OpenCase,
  rules: PanelRules,
  panel: PanelState,
  input: { panelists: readonly PanelistProfile[]; seed: string; at: string; alsoSetAside?: string; replaces?: string },
): CaseEvent[] {
  const seed = requireText(input.seed, rules.selectionRule, 'seed');
  const setAside = [...new Set([...panel.setAside.map((entry) => entry.panelistId), ...(input.alsoSetAside ? [input.alsoSetAside] : [])])];
  const parties = partiesOf(open);
  const result = selectPanelist({
    // The case's panel rules carry the Board's: exclusions name the rulebook's selection and conflict rules.
    board: rules,
    panelists: input.panelists,
    case: { respondentName: parties.respondentName, ...(parties.respondentBusinessId ? { respondentBusinessId: parties.respondentBusinessId } : {}), complainantName: parties.complainantName },
    exclude: setAside,
    seed,
  });
  if (!result.selected) return [];
  const appointed: PanelistAppointed = {
    type: 'PanelistAppointed',
    data: {
      caseId: open.caseId,
      panelistId: result.selected.panelistId,
      rule: rules.appointmentRule,
      selectionRule: rules.selectionRule,
      seed: result.seed,
      eligible: result.eligible,
      excluded: result.excluded,
      parties,
      setAside,
      ...(input.replaces ? { replaces: input.replaces } : {}),
      stage: rules.stages.appointed,
      appointedAt: input.at,
    },
  };
  const forwarded: NoticeSent = {
    type: 'NoticeSent',
    data: {
      caseId: open.caseId,
      noticeId: `notice-${open.noticesSent + 1}`,
      kind: rules.recordForwarded.kind,
      rule: rules.recordForwarded.rule,
      recipient: 'panelist',
      channel: 'email',
      sentAt: input.at,
    },
  };
  return [appointed, forwarded];
}
