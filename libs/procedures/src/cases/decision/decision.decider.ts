import type { CaseEvent } from '../case.events';
import type { CaseState } from '../case.state';
import type { DecisionCommand } from './decision.commands';
import { certifyDecisionCorrectiveAction, claimImpossibility, ruleOnImpossibility, seekImpossibilityEvidence, stateComplianceIntent, verifyDecisionCorrectiveAction } from './compliance';
import { issueDecision, monitorDecisionTarget, recordDecisionDelivery } from './issue-decision';

/** The Decision and what follows it (BBB-4.6.1 to BBB-4.6.4, BBB-5, BBB-6 (6) and (7)). */
export function decideDecision(command: DecisionCommand, state: CaseState): CaseEvent[] {
  switch (command.kind) {
    case 'IssueDecision':
      return issueDecision(command, state);
    case 'MonitorDecisionTarget':
      return monitorDecisionTarget(command, state);
    case 'RecordDecisionDelivery':
      return recordDecisionDelivery(command, state);
    case 'StateComplianceIntent':
      return stateComplianceIntent(command, state);
    case 'ClaimImpossibility':
      return claimImpossibility(command, state);
    case 'SeekImpossibilityEvidence':
      return seekImpossibilityEvidence(command, state);
    case 'RuleOnImpossibility':
      return ruleOnImpossibility(command, state);
    case 'CertifyDecisionCorrectiveAction':
      return certifyDecisionCorrectiveAction(command, state);
    case 'VerifyDecisionCorrectiveAction':
      return verifyDecisionCorrectiveAction(command, state);
  }
}
