import { RuleViolation } from '@pdr/event-sourcing';
import type { DeadlineMet } from '../../deadlines/deadline.events';
import { type DeadlineState, pendingDeadlines } from '../../deadlines/deadline.state';
import type { CaseEvent, NotedForReport } from '../case.events';
import { rulebookOf } from '../case-guards';
import type { CaseState, OpenCase } from '../case.state';
import { closeCase } from '../effects/close-case';
import { notedForReport } from '../effects/noted-for-report';
import type { CertifyPerformance, RequestSubstantiation, VerifyPerformance } from './conciliation.commands';
import type { CureResumer } from '../referral/cure';
import type { PerformanceCertified, PerformanceNotCertified, ReferralDecisionRequired, SubstantiationRequested } from './conciliation.events';
import { requireConciliationStage } from './conciliation-guards';

const performanceRule = (rules: { performance: { deadline: { rule: string } } }) => rules.performance.deadline.rule;
const inVerification = (rules: { performance: { stage: string } }) => [rules.performance.stage];

/** BBB-5: the Respondent certifies that the corrective action has been implemented; this meets the certification deadline. */
export function certifyPerformance(command: CertifyPerformance, state: CaseState): (PerformanceCertified | DeadlineMet)[] {
  const { open, rules } = requireConciliationStage(state, command.caseId, performanceRule, inVerification, 'certifying implementation of corrective action');
  if (open.conciliation.settlement?.certified) throw new RuleViolation('conflict', rules.performance.deadline.rule, 'implementation has already been certified');
  const deadline = pendingDeadlines(open.deadlines).find((candidate) => candidate.kind === rules.performance.deadline.kind);
  if (!deadline) throw new RuleViolation('conflict', rules.performance.deadline.rule, 'no certification of implementation is awaited');
  return [
    { type: 'PerformanceCertified', data: { caseId: command.caseId, rule: rules.performance.deadline.rule, deadlineId: deadline.deadlineId, statement: command.statement, certifiedAt: command.issuedAt } },
    { type: 'DeadlineMet', data: { caseId: command.caseId, deadlineId: deadline.deadlineId, metAt: command.issuedAt } },
  ];
}

/** BBB-5: the CBBB may ask for information that substantiates the certification. */
export function requestSubstantiation(command: RequestSubstantiation, state: CaseState): SubstantiationRequested[] {
  const { open, rules } = requireConciliationStage(state, command.caseId, performanceRule, inVerification, 'asking for substantiation');
  if (!open.conciliation.settlement?.certified) throw new RuleViolation('conflict', rules.performance.deadline.rule, 'substantiation is asked of a certification: none has been made');
  return [{ type: 'SubstantiationRequested', data: { caseId: command.caseId, rule: rules.performance.deadline.rule, requested: command.requested, requestedBy: command.actorId, requestedAt: command.issuedAt } }];
}

/** BBB-5, BBB-6 (4): the CBBB determines that the certified corrective action has been taken; the Case closes. */
export function verifyPerformance(command: VerifyPerformance, state: CaseState): CaseEvent[] {
  const { open, rules } = requireConciliationStage(state, command.caseId, performanceRule, inVerification, 'verifying corrective action');
  if (!open.conciliation.settlement?.certified) throw new RuleViolation('conflict', rules.performance.deadline.rule, 'the Respondent has not certified implementation of the corrective action');
  return [
    { type: 'PerformanceVerified', data: { caseId: command.caseId, rule: rules.performance.deadline.rule, note: command.note, verifiedBy: command.actorId, verifiedAt: command.issuedAt } },
    ...closeCase(open, rules.closures.correctiveActionVerified, command.issuedAt),
  ];
}

/**
 * BBB-5 → BBB-8.8: implementation not certified in time; the finding of noncompliance is noted for the next report
 * (`NotedForReport`, when the rulebook notes it) and staff must decide on a referral (decided elsewhere).
 */
export function certificationLapsed(state: OpenCase, lapsed: DeadlineState, at: string): (PerformanceNotCertified | NotedForReport | ReferralDecisionRequired)[] {
  const rules = rulebookOf(state).conciliation;
  if (!rules) return [];
  return [
    { type: 'PerformanceNotCertified', data: { caseId: state.caseId, rule: lapsed.rule, deadlineId: lapsed.deadlineId, dueAt: lapsed.dueAt, observedAt: at } },
    ...notedForReport(state, 'noncompliance', at, lapsed.deadlineId),
    {
      type: 'ReferralDecisionRequired',
      data: {
        caseId: state.caseId,
        rule: rules.performance.onLapse.referralRule,
        reason: 'corrective-action-not-certified',
        deadlineId: lapsed.deadlineId,
        deadlineRule: lapsed.rule,
        stage: rules.performance.onLapse.stage,
        requiredAt: at,
      },
    },
  ];
}

/** BBB-8.8 cure of BBB-5: the Settlement's corrective action is now taken, which stands as its certification; verification resumes. */
export const performanceCured: CureResumer = (open, lapsed, cure) => {
  const rules = rulebookOf(open).conciliation;
  if (!rules || !open.conciliation.settlement) return undefined;
  const certified: PerformanceCertified = {
    type: 'PerformanceCertified',
    data: { caseId: open.caseId, rule: rules.performance.deadline.rule, deadlineId: lapsed.deadlineId, statement: cure.actionTaken, certifiedAt: cure.receivedAt },
  };
  return { stage: rules.performance.stage, events: [certified] };
};
