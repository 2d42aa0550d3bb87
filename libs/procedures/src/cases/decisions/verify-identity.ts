import { REVIEW_STAGES } from '../case-stages';
import { RuleViolation } from '@pdr/event-sourcing';
import type { VerifyComplainantIdentity } from '../case.commands';
import type { ComplainantIdentityVerified } from '../case.events';
import { requireOpenCase, rulebookOf } from '../case-guards';
import type { CaseState } from '../case.state';

export function verifyIdentity(command: VerifyComplainantIdentity, state: CaseState): ComplainantIdentityVerified[] {
  const open = requireOpenCase(state, command.caseId);
  const rule = rulebookOf(open).identityVerificationRule;
  if (!rule) throw new RuleViolation('unprocessable', 'STEP-NOT-IN-PROCEDURE', `${open.rulebook.id} has no identity verification step`);
  if (open.identityVerified) throw new RuleViolation('conflict', rule, "the Complainant's identity is already verified");
  if (!REVIEW_STAGES.has(open.stage)) throw new RuleViolation('conflict', rule, 'identity is verified during eligibility review');
  return [{ type: 'ComplainantIdentityVerified', data: { caseId: command.caseId, method: command.method, verifiedAt: command.issuedAt } }];
}
