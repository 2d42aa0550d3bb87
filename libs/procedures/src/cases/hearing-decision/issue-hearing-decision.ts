import { RuleViolation } from '@pdr/event-sourcing';
import type { HearingDecisionRules } from '../../rulebooks/hearing-decision-rules';
import type { HearingRules } from '../../rulebooks/hearing-rules';
import { requireOpenCase, rulebookOf } from '../case-guards';
import type { CaseEvent } from '../case.events';
import type { CaseState, OpenCase } from '../case.state';
import { closeCase } from '../effects/close-case';
import { notice } from '../effects/notices';
import { requireText } from '../effects/periods';
import { appointmentFor } from '../panel/appointments';
import { requireAppointed } from '../panel/decisions/panel-support';
import { requireNoObjectionPending } from '../panel/objection-pending';
import { initialPanel } from '../panel/panel.state';
import { cancelProceedingsPeriods } from '../panelist-proceedings/decisions/information';
import { investigativeAnalysisOnRecord } from '../panelist-proceedings/investigative-analysis';
import type { IssueHearingDecision, OrderedRemedy } from './hearing-decision.commands';
import type { HearingDecisionIssued, RequiredOutcome } from './hearing-decision.events';
import { hearingDecisionIn } from './hearing-decision-rules-of';

/** What a Reparation Order requires: one or more of the hearing's remedies (VS-4.1), each once, each with its terms. */
function requiredOutcomes(ordered: readonly OrderedRemedy[] | undefined, rules: HearingDecisionRules, hearing: HearingRules | undefined): RequiredOutcome[] {
  const { name, remedyRule } = rules.order;
  if (!ordered || ordered.length === 0) throw new RuleViolation('unprocessable', rules.rule, `a substantiated violation requires a ${name} naming one or more Permitted Outcomes (${remedyRule})`, 'reparationOrder');
  const seen = new Set<string>();
  return ordered.map((remedy, index) => {
    const field = `reparationOrder[${index}]`;
    const permitted = hearing?.remedies.find((candidate) => candidate.kind === remedy.kind);
    if (!permitted) throw new RuleViolation('unprocessable', remedyRule, `${field}.kind: ${name} may require only ${(hearing?.remedies ?? []).map((r) => r.kind).join(', ')}`, `${field}.kind`);
    if (seen.has(remedy.kind)) throw new RuleViolation('unprocessable', remedyRule, `${field}.kind: ${remedy.kind} is required once`, `${field}.kind`);
    seen.add(remedy.kind);
    return { kind: remedy.kind, description: permitted.description, terms: requireText(remedy.terms, remedyRule, `${field}.terms`) };
  });
}

/** The decision's own conditions: only the appointed officer, with no objection pending, after the analysis where required. */
function requireDecidingOfficer(open: OpenCase, rules: HearingDecisionRules, officerId: string): string {
  const appointment = appointmentFor(rulebookOf(open), open.stage);
  if (!appointment) throw new RuleViolation('conflict', rules.rule, `${open.rulebook.id} appoints no officer to issue ${rules.name}`);
  requireAppointed(open.panel ?? initialPanel, appointment, officerId);
  requireNoObjectionPending(open, `issuing ${rules.name}`);
  if (rules.analysisRequired && !investigativeAnalysisOnRecord(open)) {
    throw new RuleViolation('conflict', rules.analysisRequired, `${rules.name} follows the administrator's investigative analysis, which is not on record yet`);
  }
  return appointment.role;
}

/**
 * VS-8.4(c), VS-9.4: the appointed officer examines the Procedure Submissions against the rulebook's standard.
 * Substantiated and a violation: a Reparation Order requiring one or more Permitted Outcomes, the Parties notified, and
 * its performance monitored (VS-12). Otherwise the case closes with the rulebook's outcome ("Closed – No Action Taken"),
 * the Parties notified; where that outcome opens an appeal (VS-9.1) its window runs from the notice.
 */
export function issueHearingDecision(command: IssueHearingDecision, state: CaseState): CaseEvent[] {
  const open = requireOpenCase(state, command.caseId);
  const rulebook = rulebookOf(open);
  const rules = hearingDecisionIn(rulebook, open.stage);
  const role = requireDecidingOfficer(open, rules, command.officerId);
  const findings = requireText(command.findings, rules.rule, 'findings');
  const orders = command.substantiated && command.violatesFramework;
  if (!orders && command.reparationOrder !== undefined) {
    throw new RuleViolation('unprocessable', rules.rule, `reparationOrder: a ${rules.order.name} is issued only when the allegation is substantiated and a violation is found`, 'reparationOrder');
  }
  const reparationOrder = orders ? requiredOutcomes(command.reparationOrder, rules, rulebook.hearing) : undefined;
  const at = command.issuedAt;
  const issued: HearingDecisionIssued = {
    type: 'HearingDecisionIssued',
    data: {
      caseId: open.caseId, rule: rules.rule, name: rules.name, officerId: command.officerId, role, standard: rules.standard,
      substantiated: command.substantiated, violatesFramework: command.violatesFramework, findings,
      outcome: reparationOrder ? 'reparation-order' : 'no-action-taken',
      ...(reparationOrder ? { reparationOrder, stage: rules.order.stage } : {}),
      ...(rules.publicationRule ? { publicationRule: rules.publicationRule } : {}),
      issuedAt: at,
    },
  };
  const notify = reparationOrder ? rules.order.notify : rules.noAction.notify;
  const notices = notify.recipients.map((recipient, index) => notice(open, notify.notice, recipient, at, index));
  if (reparationOrder) return [issued, ...cancelProceedingsPeriods(open, `${rules.name} issued (${rules.rule})`), ...notices];
  const notified: OpenCase = { ...open, noticesSent: open.noticesSent + notices.length };
  return [issued, ...notices, ...closeCase(notified, rules.noAction.closure, at, undefined, command.calendar)];
}
