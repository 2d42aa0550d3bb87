import { RuleViolation } from '@pdr/event-sourcing';
import type { HearingDecisionRules } from '../../rulebooks/hearing-decision-rules';
import type { Rulebook } from '../../rulebooks/rulebook';

/** Every Hearing Decision a rulebook composes: the hearing's (VS-8.4(c)) and an appellate hearing's (VS-9.4). */
export function hearingDecisionsOf(rulebook: Rulebook): readonly HearingDecisionRules[] {
  return [rulebook.hearingDecision, rulebook.appellateHearing?.decision].filter((rules): rules is HearingDecisionRules => rules !== undefined);
}

/** The Hearing Decision the case's stage awaits; in any other stage, refused (409) under the first one's rule. */
export function hearingDecisionIn(rulebook: Rulebook, stage: string): HearingDecisionRules {
  const all = hearingDecisionsOf(rulebook);
  if (all.length === 0) throw new RuleViolation('conflict', 'HEARING-DECISION-NOT-PROVIDED', `${rulebook.id} has no Hearing Decision that orders or closes`);
  const awaited = all.find((rules) => rules.stage === stage);
  if (!awaited) throw new RuleViolation('conflict', all[0]!.rule, `${all.map((rules) => `${rules.name} is issued in ${rules.stage}`).join('; ')}: the case is in ${stage}`);
  return awaited;
}
