import type { PanelRules } from '../../rulebooks/panel-rules';
import type { Rulebook } from '../../rulebooks/rulebook';
import type { PanelState } from './panel.state';

/** Every decision-maker a rulebook appoints: the hearing's (BBB-4.5, VS-8.1) and an appellate hearing's (VS-9.3). */
export function appointmentsOf(rulebook: Rulebook): readonly PanelRules[] {
  return [rulebook.panel, rulebook.appellateHearing?.officer].filter((rules): rules is PanelRules => rules !== undefined);
}

/** The appointment whose stages the case is in; outside all of them, the rulebook's first (its refusals say where the case is). */
export function appointmentFor(rulebook: Rulebook, stage: string): PanelRules | undefined {
  const all = appointmentsOf(rulebook);
  return all.find((rules) => rules.stages.awaiting === stage || rules.stages.appointed === stage) ?? all[0];
}

/** Someone holds this appointment now: a decision-maker of another role (the hearing officer, once the appeal awaits its own) does not. */
export function appointedAs(panel: PanelState, rules: PanelRules): string | undefined {
  return panel.panelistId !== undefined && (panel.panelistRole ?? rules.role) === rules.role ? panel.panelistId : undefined;
}
