import { RuleViolation } from '@pdr/event-sourcing';
import { exclusionsFor } from '../../../board/panelist-selection';
import { checkQualifications } from '../../../board/qualifications';
import type { CaseEvent } from '../../case.events';
import type { CaseState } from '../../case.state';
import type { DesignateDecisionMaker } from '../panel.commands';
import type { DecisionMakerDesignated } from '../panel.events';
import { recordForwarded } from './draw';
import { eligibilityFor } from './eligibility';
import { partiesOf, requireAwaiting, requireChoice, requirePanelRules, requireText, setAsideOn } from './panel-support';

/**
 * Designation (VS-8.1): the administrator names the decision-maker from the pool. Each reason the person cannot take
 * the case refuses it (409) under its own rule: membership, set aside, excluded by the case's history (VS-9.3),
 * qualifications (VS-8.3) or a conflict with a Party; the first found is the refusal's rule, all are in its message.
 * Accepted: the credentials relied on are recorded, and the Case Record goes to the person designated.
 */
export function designateDecisionMaker(command: DesignateDecisionMaker, state: CaseState): CaseEvent[] {
  const { open, rules, panel } = requirePanelRules(state, command.caseId);
  requireChoice(rules, 'designation');
  requireAwaiting(open, rules, panel);
  const panelistId = requireText(command.panelistId, rules.choice.rule, 'panelistId');
  const person = command.panelists.find((member) => member.panelistId === panelistId);
  if (!person) throw new RuleViolation('conflict', rules.selectionRule, `${panelistId} is not an active member of the pool a ${rules.role} is designated from`, 'panelistId');
  const setAside = setAsideOn(panel);
  const exclusions = exclusionsFor(eligibilityFor(open, rules, command.panelists, setAside), person);
  if (exclusions.length > 0) {
    throw new RuleViolation('conflict', exclusions[0]!.rule, `${panelistId} cannot be designated ${rules.role}: ${exclusions.map((e) => `${e.reason} (${e.rule})`).join('; ')}`, 'panelistId');
  }
  const qualified = checkQualifications(rules.qualifications, person.qualifications);
  const previous = panel.appointments.at(-1)?.panelistId;
  const designated: DecisionMakerDesignated = {
    type: 'DecisionMakerDesignated',
    data: {
      caseId: open.caseId,
      panelistId,
      role: rules.role,
      rule: rules.appointmentRule,
      designationRule: rules.choice.rule,
      credentials: qualified.met ? qualified.credentials : [],
      parties: partiesOf(open),
      setAside,
      ...(previous && setAside.includes(previous) ? { replaces: previous } : {}),
      stage: rules.stages.appointed,
      designatedAt: command.issuedAt,
    },
  };
  return [designated, recordForwarded(open, rules, command.issuedAt)];
}
