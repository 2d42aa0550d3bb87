import { type Decider, RuleViolation } from '@pdr/event-sourcing';
import { findRulebook } from '../rulebooks/registry';
import { requireRulebook } from '../rulebooks/require-rulebook';
import { assertReceivedNotInFuture } from '../shared/instants';
import type { CaseCommand, FileComplaint, VerifyComplainantIdentity } from './case.commands';
import type { CaseEvent, ComplainantIdentityVerified, ComplaintFiled } from './case.events';
import type { CaseState } from './case.state';
import { resolveFramework } from './framework';

function fileComplaint(command: FileComplaint, state: CaseState): ComplaintFiled[] {
  if (state.status !== 'none') {
    throw new RuleViolation('conflict', 'CASE-EXISTS', `case ${command.caseId} is already filed`, 'caseId');
  }
  const rulebook = requireRulebook(command.rulebookId);
  const framework = resolveFramework(rulebook, command.framework);
  assertReceivedNotInFuture(command.receivedAt, command.issuedAt);
  return [
    {
      type: 'ComplaintFiled',
      data: {
        caseId: command.caseId,
        rulebook: { id: rulebook.id, version: rulebook.version },
        framework,
        receivedAt: command.receivedAt,
        channel: command.channel,
        ...(command.contactId === undefined ? {} : { contactId: command.contactId }),
        complainant: command.complainant,
        respondent: command.respondent,
        allegation: command.allegation,
        outcomesSought: command.outcomesSought,
      },
    },
  ];
}

function verifyIdentity(command: VerifyComplainantIdentity, state: CaseState): ComplainantIdentityVerified[] {
  if (state.status === 'none') throw new RuleViolation('not-found', 'CASE-UNKNOWN', `no case ${command.caseId}`, 'caseId');
  const rule = findRulebook(state.rulebook.id)?.identityVerificationRule;
  if (!rule) throw new RuleViolation('unprocessable', 'STEP-NOT-IN-PROCEDURE', `${state.rulebook.id} has no identity verification step`);
  if (state.identityVerified) throw new RuleViolation('conflict', rule, "the Complainant's identity is already verified");
  if (state.stage !== 'eligibility-review') throw new RuleViolation('conflict', rule, 'identity is verified during eligibility review');
  return [{ type: 'ComplainantIdentityVerified', data: { caseId: command.caseId, method: command.method, verifiedAt: command.issuedAt } }];
}

export const caseDecider: Decider<CaseCommand, CaseState, CaseEvent> = {
  initialState: { status: 'none' },

  decide(command, state) {
    switch (command.kind) {
      case 'FileComplaint':
        return fileComplaint(command, state);
      case 'VerifyComplainantIdentity':
        return verifyIdentity(command, state);
    }
  },

  evolve(state, event) {
    switch (event.type) {
      case 'ComplaintFiled':
        return {
          status: 'open',
          caseId: event.data.caseId,
          rulebook: event.data.rulebook,
          stage: 'eligibility-review',
          receivedAt: event.data.receivedAt,
          identityVerified: false,
        };
      case 'ComplainantIdentityVerified':
        return state.status === 'open' ? { ...state, identityVerified: true } : state;
      default:
        return state;
    }
  },
};
