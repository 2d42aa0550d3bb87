import type { Exclusion } from '../../../board/panelist-selection';
import type { PanelRules } from '../../../rulebooks/panel-rules';
import type { OpenCase } from '../../case.state';

/**
 * The persons the rulebook's `excludedPersons` rule out, read from the case's own history, each with its rule.
 * `not-the-officer-who-heard-the-case`: whoever issued the case's Decision or a Hearing Decision on it (VS-9.3 for the
 * appellate officer).
 */
export function excludedByHistory(open: OpenCase, rules: PanelRules): Exclusion[] {
  return rules.excludedPersons.flatMap((excluded): Exclusion[] => {
    switch (excluded.person) {
      case 'not-the-officer-who-heard-the-case': {
        const heard = [...new Set([open.decision?.panelistId, ...(open.hearingDecisions ?? []).map((decision) => decision.officerId)])].filter((id): id is string => id !== undefined);
        return heard.map((panelistId) => ({ panelistId, rule: excluded.rule, reason: 'heard this case: the Decision is theirs' }));
      }
    }
  });
}
