import { RuleViolation } from '@pdr/event-sourcing';
import { requireText } from '../../shared/required-fields';
import type { EraseComplainantData } from '../case.commands';
import type { ComplainantDataErased } from '../case.events';
import { requireCase } from '../case-guards';
import type { CaseState } from '../case.state';

/** System rule: an open case's Complainant data is needed by the procedure (GDPR Art. 17(3)(e)) until the case closes. */
export const ERASURE_CASE_OPEN = 'ERASURE-CASE-OPEN';

/**
 * GDPR Art. 17: the Complainant's own data is erased once the case has closed; the only command besides the file's
 * disposal (BBB-8.3) and notice deliveries (BBB-8.7) a closed case takes. While the case is open it is refused, saying
 * why and from when it can be. Erasing again, or after the file's disposal destroyed the same key, erases nothing more.
 */
export function eraseComplainantData(command: EraseComplainantData, state: CaseState): ComplainantDataErased[] {
  const known = requireCase(state, command.caseId);
  if (known.status !== 'closed') {
    throw new RuleViolation(
      'conflict',
      ERASURE_CASE_OPEN,
      `case ${known.caseId} is open: the procedure needs the Complainant's data until it closes (GDPR Art. 17(3)(e)); it becomes erasable once the case closes`,
      'caseId',
    );
  }
  if (known.complainantErased || known.documents?.disposedAt) return [];
  return [{ type: 'ComplainantDataErased', data: { caseId: known.caseId, requestId: requireText(command.requestId, 'requestId'), erasedAt: command.issuedAt } }];
}
