import type { PanelistProfile } from '../../../board/panelist-profile';
import type { SelectionRequest } from '../../../board/panelist-selection';
import type { PanelRules } from '../../../rulebooks/panel-rules';
import type { OpenCase } from '../../case.state';
import { excludedByHistory } from './excluded-persons';
import { partiesOf } from './panel-support';

/** What rules a member of the pool out for this case: the rulebook's conflicts, qualifications and excluded persons. */
export function eligibilityFor(open: OpenCase, rules: PanelRules, panelists: readonly PanelistProfile[], setAside: readonly string[]): Omit<SelectionRequest, 'seed'> {
  const parties = partiesOf(open);
  return {
    // The case's rules carry the pool's: exclusions name the rulebook's membership and conflict rules.
    board: rules,
    panelists,
    case: { respondentName: parties.respondentName, ...(parties.respondentBusinessId ? { respondentBusinessId: parties.respondentBusinessId } : {}), complainantName: parties.complainantName },
    exclude: setAside,
    conflictGrounds: rules.conflictGrounds,
    qualifications: rules.qualifications,
    excludedPersons: excludedByHistory(open, rules),
  };
}
