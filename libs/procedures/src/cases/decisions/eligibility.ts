import { REVIEW_STAGES } from '../case-stages';
import { RuleViolation } from '@pdr/event-sourcing';
import { pendingDeadlines } from '../../deadlines/deadline.state';
import type { EligibilityCondition } from '../../rulebooks/eligibility-rules';
import type { Rulebook } from '../../rulebooks/rulebook';
import type { AssessEligibilityCondition, DetermineIneligible, DocketCase, IdentifyRespondent } from '../case.commands';
import type { CaseDocketed, CaseEvent, ComplaintFoundIneligible, EligibilityConditionAssessed, RespondentIdentified } from '../case.events';
import { requireOpenCase, rulebookOf } from '../case-guards';
import type { CaseState, OpenCase } from '../case.state';
import { closeCase } from '../effects/close-case';
import { noticeToComplainant } from '../effects/notices';


/** Eligibility is judged before docketing, while the complaint is under review; `ruleOf` names the rule a late action breaks. */
function requireUnderReview(state: CaseState, caseId: string, ruleOf: (rulebook: Rulebook) => string): { open: OpenCase; rulebook: Rulebook } {
  const open = requireOpenCase(state, caseId);
  const rulebook = rulebookOf(open);
  if (!REVIEW_STAGES.has(open.stage)) throw new RuleViolation('conflict', ruleOf(rulebook), `eligibility is reviewed before the Case is docketed; the case is in ${open.stage}`);
  return { open, rulebook };
}

const docketingRule = (rulebook: Rulebook) => rulebook.eligibility.docketing.rule;

function requireCondition(rulebook: Rulebook, id: string): EligibilityCondition {
  const condition = rulebook.eligibility.conditions.find((candidate) => candidate.id === id);
  if (!condition) {
    throw new RuleViolation('unprocessable', rulebook.eligibility.docketing.rule, `${rulebook.id} has no eligibility condition "${id}": one of ${rulebook.eligibility.conditions.map((c) => c.id).join(', ')}`, 'condition');
  }
  return condition;
}

export function identifyRespondent(command: IdentifyRespondent, state: CaseState): RespondentIdentified[] {
  requireUnderReview(state, command.caseId, docketingRule);
  return [{ type: 'RespondentIdentified', data: { caseId: command.caseId, businessId: command.business.businessId, legalName: command.business.legalName } }];
}

/** One condition at a time, with the note that justifies it; the participation condition needs the registry's evidence. */
export function assessCondition(command: AssessEligibilityCondition, state: CaseState): EligibilityConditionAssessed[] {
  const { open, rulebook } = requireUnderReview(state, command.caseId, docketingRule);
  const condition = requireCondition(rulebook, command.condition);
  if (condition.id === rulebook.eligibility.identityCondition && command.met) {
    throw new RuleViolation('unprocessable', condition.rule, 'identity is found verified by recording how it was verified (identity-verification)', 'condition');
  }
  if (condition.id === rulebook.eligibility.participationCondition && command.met) {
    if (!open.respondentBusinessId || !command.participation) {
      throw new RuleViolation('unprocessable', condition.rule, 'identify the Respondent in the registry of participating businesses first', 'participation');
    }
    if (!command.participation.currentAtFiling) {
      throw new RuleViolation('unprocessable', condition.rule, `the Respondent's participation in ${command.participation.program} was not current when the complaint was filed`, 'met');
    }
  }
  return [
    {
      type: 'EligibilityConditionAssessed',
      data: {
        caseId: command.caseId,
        condition: condition.id,
        rule: condition.rule,
        met: command.met,
        note: command.note,
        ...(command.account ? { account: command.account } : {}),
        ...(command.participation ? { evidence: { participation: command.participation } } : {}),
      },
    },
  ];
}

/** Closes a complaint that fails a condition found not met: without prejudice, the reason recorded, the Complainant told. */
export function determineIneligible(command: DetermineIneligible, state: CaseState): CaseEvent[] {
  const { open, rulebook } = requireUnderReview(state, command.caseId, (rulebook) => rulebook.eligibility.ineligible.notice.rule);
  const condition = requireCondition(rulebook, command.condition);
  const { ineligible } = rulebook.eligibility;
  const failed = condition.id === rulebook.eligibility.identityCondition ? !open.identityVerified : open.findings[condition.id]?.met === false;
  if (!failed) throw new RuleViolation('conflict', condition.rule, `condition ${condition.id} has not been found unmet: record the finding first`, 'condition');
  if (command.otherAgency && !ineligible.otherAgencyRule) {
    throw new RuleViolation('unprocessable', ineligible.notice.rule, `${rulebook.id} does not refer Complainants to another agency`, 'otherAgency');
  }
  const found: ComplaintFoundIneligible = {
    type: 'ComplaintFoundIneligible',
    data: {
      caseId: command.caseId,
      condition: condition.id,
      rule: condition.rule,
      reason: command.reason,
      refilingAllowed: true,
      ...(command.otherAgency ? { otherAgency: command.otherAgency } : {}),
    },
  };
  // VS-5.3: a condition may lead elsewhere than the Ineligibility Determination (its own notice and closure, no appeal).
  const closure = condition.whenNotMet?.closure ?? ineligible.closure;
  return [found, noticeToComplainant(open, condition.whenNotMet?.notice ?? ineligible.notice, command.issuedAt), ...closeCase(open, closure, command.issuedAt, undefined, command.calendar)];
}

/** Eligible and complete: every condition found met, identity verified, no request for information outstanding. */
export function docketCase(command: DocketCase, state: CaseState): CaseDocketed[] {
  const { open, rulebook } = requireUnderReview(state, command.caseId, docketingRule);
  const { docketing, conditions, identityCondition } = rulebook.eligibility;
  const unmet = conditions.filter((condition) => (condition.id === identityCondition ? !open.identityVerified : open.findings[condition.id]?.met !== true));
  if (unmet.length > 0) {
    throw new RuleViolation('conflict', docketing.rule, `not every condition is found met: ${unmet.map((c) => `${c.id} (${c.rule})`).join(', ')}`);
  }
  if (pendingDeadlines(open.deadlines).length > 0) throw new RuleViolation('conflict', docketing.rule, 'a request for information is still awaiting an answer');
  return [{ type: 'CaseDocketed', data: { caseId: command.caseId, rule: docketing.rule, docketedAt: command.issuedAt, stage: docketing.nextStage, ...(command.note ? { note: command.note } : {}) } }];
}
