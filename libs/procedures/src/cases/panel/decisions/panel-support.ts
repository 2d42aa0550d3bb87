import { RuleViolation } from '@pdr/event-sourcing';
import type { PanelRules } from '../../../rulebooks/panel-rules';
import { requireOpenCase, rulebookOf } from '../../case-guards';
import type { CaseState, OpenCase } from '../../case.state';
import type { PanelistAppointed } from '../panel.events';
import { initialPanel, type PanelState } from '../panel.state';
import { appointedAs, appointmentFor } from '../appointments';

/** The open case and its rulebook's panel rules: a rulebook without them refuses every panel command. */
export function requirePanelRules(state: CaseState, caseId: string): { open: OpenCase; rules: PanelRules; panel: PanelState } {
  const open = requireOpenCase(state, caseId);
  const rules = appointmentFor(rulebookOf(open), open.stage);
  if (!rules) throw new RuleViolation('conflict', 'PANEL-NOT-PROVIDED', `${open.rulebook.id} has no Panelist appointment`);
  return { open, rules, panel: open.panel ?? initialPanel };
}

export function requireText(text: string | undefined, rule: string, field: string): string {
  if (!text || !text.trim()) throw new RuleViolation('unprocessable', rule, `the ${field} is required`, field);
  return text;
}

/** The appointed decision-maker the command names: anyone else is not on the case. */
export function requireAppointed(panel: PanelState, rules: PanelRules, panelistId: string): void {
  if (!panel.panelistId) throw new RuleViolation('conflict', rules.conflictRule, `no ${rules.role} is appointed on this case`, 'panelistId');
  if (panel.panelistId !== panelistId) throw new RuleViolation('conflict', rules.conflictRule, `${panelistId} is not the ${rules.role} appointed on this case (${panel.panelistId} is)`, 'panelistId');
}

/** Conflicts are raised and decided while the case is with the appointed decision-maker; once the Decision is out they are moot. */
export function requireWithPanelist(open: OpenCase, rules: PanelRules): void {
  if (open.stage !== rules.stages.appointed) throw new RuleViolation('conflict', rules.conflictRule, `conflicts of the ${rules.role} are dealt with before the Decision; the case is in ${open.stage}`);
}

/** A case awaits its decision-maker: at the rulebook's awaiting stage, with no one appointed. */
export function requireAwaiting(open: OpenCase, rules: PanelRules, panel: PanelState): void {
  const appointed = appointedAs(panel, rules);
  if (open.stage !== rules.stages.awaiting || appointed) {
    throw new RuleViolation('conflict', rules.appointmentRule, `a ${rules.role} is appointed when the case awaits one; the case is in ${open.stage}${appointed ? ` with ${rules.role} ${appointed}` : ''}`);
  }
}

/** The rulebook chooses the decision-maker one way (`choice`): the other is refused (409, the choice's rule). */
export function requireChoice(rules: PanelRules, method: PanelRules['choice']['method']): void {
  if (rules.choice.method === method) return;
  const how = rules.choice.method === 'random-draw' ? 'drawn at random from those eligible' : "designated by the administrator";
  throw new RuleViolation('conflict', rules.choice.rule, `under this rulebook the ${rules.role} is ${how}, not ${method === 'random-draw' ? 'drawn' : 'designated'}`);
}

/** Members set aside on the case so far, and `alsoSetAside` (set aside by the same decision). */
export function setAsideOn(panel: PanelState, alsoSetAside?: string): string[] {
  return [...new Set([...panel.setAside.map((entry) => entry.panelistId), ...(alsoSetAside ? [alsoSetAside] : [])])];
}

/** The case facts conflicts are checked against: the registry's legal name once the Respondent was identified. */
export function partiesOf(open: OpenCase): PanelistAppointed['data']['parties'] {
  const parties = open.parties ?? { complainantName: '', respondentName: '' };
  return {
    respondentName: parties.respondentLegalName ?? parties.respondentName,
    ...(open.respondentBusinessId ? { respondentBusinessId: open.respondentBusinessId } : {}),
    complainantName: parties.complainantName,
  };
}
