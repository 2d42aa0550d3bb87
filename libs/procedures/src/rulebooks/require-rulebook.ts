import { RuleViolation } from '@pdr/event-sourcing';
import { findRulebook } from './registry';
import type { Rulebook } from './rulebook';

/** The rulebook a command names, or a refusal naming the field. */
export function requireRulebook(id: string): Rulebook {
  const rulebook = findRulebook(id);
  if (!rulebook) throw new RuleViolation('unprocessable', 'RULEBOOK-UNKNOWN', `no rulebook "${id}"`, 'rulebookId');
  return rulebook;
}
