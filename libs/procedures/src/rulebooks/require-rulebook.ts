import { RuleViolation, type RulebookRef } from '@pdr/event-sourcing';
import { currentRulebook, findRulebook, rulebookVersions } from './registry';
import type { Rulebook } from './rulebook';

/** The current version of the rulebook a command names (filing, a contact), or a refusal naming the field. */
export function requireRulebook(id: string): Rulebook {
  const rulebook = currentRulebook(id);
  if (!rulebook) throw new RuleViolation('unprocessable', 'RULEBOOK-UNKNOWN', `no rulebook "${id}"`, 'rulebookId');
  return rulebook;
}

/**
 * A stored case (or contact) names a rulebook version this service does not have: it cannot be decided, evolved or
 * projected under rules it was not filed under, so this is a fault of the deployment, never a fallback to the current
 * version, and never the caller's to fix.
 */
export class UnknownRulebookVersion extends Error {
  constructor(readonly ref: RulebookRef) {
    const known = rulebookVersions(ref.id).map((rulebook) => rulebook.version);
    super(
      known.length > 0
        ? `${ref.id} version ${ref.version} is not registered (registered: ${known.join(', ')}): a case filed under it cannot be decided under other rules`
        : `no rulebook "${ref.id}" (version ${ref.version}) is registered`,
    );
    this.name = 'UnknownRulebookVersion';
  }
}

/** The exact version a case was filed under; throws UnknownRulebookVersion when the service does not have it. */
export function requireRulebookVersion(ref: RulebookRef): Rulebook {
  const rulebook = findRulebook(ref);
  if (!rulebook) throw new UnknownRulebookVersion(ref);
  return rulebook;
}
