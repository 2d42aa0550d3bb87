import { RuleViolation } from '@pdr/event-sourcing';
import type { AcknowledgeWaiver, DesignateRepresentative, WithdrawComplaint } from '../case.commands';
import type { CaseEvent, ComplaintWithdrawn, RepresentativeDesignated, WaiverAcknowledged } from '../case.events';
import { requireOpenCase, rulebookOf } from '../case-guards';
import type { CaseState } from '../case.state';
import { closeCase } from '../effects/close-case';
import { notice } from '../effects/notices';

/** BBB-8.1: each Party acknowledges the waiver when the Case opens; once each. */
export function acknowledgeWaiver(command: AcknowledgeWaiver, state: CaseState): WaiverAcknowledged[] {
  const open = requireOpenCase(state, command.caseId);
  const rule = rulebookOf(open).eligibility.docketing.acknowledgementRule;
  if (!rule) throw new RuleViolation('unprocessable', 'STEP-NOT-IN-PROCEDURE', `${open.rulebook.id} asks for no acknowledgement when a Case opens`);
  if (!open.docketed) throw new RuleViolation('conflict', rule, 'the acknowledgement is recorded when the Case opens (after docketing)');
  if (open.acknowledgements.includes(command.party)) throw new RuleViolation('conflict', rule, `the ${command.party} has already acknowledged`, 'party');
  return [{ type: 'WaiverAcknowledged', data: { caseId: command.caseId, party: command.party, rule, acknowledgedAt: command.issuedAt } }];
}

/** BBB-2.5: after a Case opens, either Party may name a representative; correspondence goes there from then on. */
export function designateRepresentative(command: DesignateRepresentative, state: CaseState): RepresentativeDesignated[] {
  const open = requireOpenCase(state, command.caseId);
  const rule = rulebookOf(open).eligibility.representativeRule;
  if (!rule) throw new RuleViolation('unprocessable', 'STEP-NOT-IN-PROCEDURE', `${open.rulebook.id} has no representatives`);
  if (!open.docketed) throw new RuleViolation('conflict', rule, 'a representative may be designated after the Case has been opened');
  return [
    {
      type: 'RepresentativeDesignated',
      data: { caseId: command.caseId, party: command.party, rule, name: command.name, email: command.email, ...(command.organisation ? { organisation: command.organisation } : {}) },
    },
  ];
}

/**
 * The Complainant may withdraw at any stage: running deadlines become moot and the case closes (BBB-6 (3), VS-10.1);
 * the notice goes to whom the rules name (BBB: the Complainant; VS-10.1: the Parties).
 */
export function withdrawComplaint(command: WithdrawComplaint, state: CaseState): CaseEvent[] {
  const open = requireOpenCase(state, command.caseId);
  const { withdrawal } = rulebookOf(open);
  const withdrawn: ComplaintWithdrawn = {
    type: 'ComplaintWithdrawn',
    data: { caseId: command.caseId, rule: withdrawal.rule, withdrawnAt: command.issuedAt, stage: open.stage, ...(command.reason ? { reason: command.reason } : {}) },
  };
  const notices = (withdrawal.recipients ?? ['complainant']).map((recipient, index) => notice(open, withdrawal.notice, recipient, command.issuedAt, index));
  return [withdrawn, ...notices, ...closeCase(open, withdrawal.closure, command.issuedAt)];
}
