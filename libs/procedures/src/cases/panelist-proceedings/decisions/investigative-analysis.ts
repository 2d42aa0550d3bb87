import { RuleViolation } from '@pdr/event-sourcing';
import type { CaseEvent } from '../../case.events';
import type { CaseState } from '../../case.state';
import type { FurnishInvestigativeAnalysis } from '../panelist-proceedings.commands';
import { FACT_FINDINGS, type InvestigatedFact } from '../panelist-proceedings.events';
import { notice, requireProceedings, requireText } from './support';

/** How many essential facts one analysis may take up: a bound of this service, not of the rules. */
const MOST_FACTS = 200;

/** Each essential fact with its finding and analysis, every field checked (422 naming it: `facts[2].finding`). */
function investigatedFacts(facts: unknown, rule: string): InvestigatedFact[] {
  if (!Array.isArray(facts) || facts.length === 0) throw new RuleViolation('unprocessable', rule, 'the analysis takes up each essential fact presented in the submissions: at least one', 'facts');
  if (facts.length > MOST_FACTS) throw new RuleViolation('unprocessable', rule, `at most ${MOST_FACTS} facts in one analysis`, 'facts');
  return facts.map((item: unknown, i): InvestigatedFact => {
    const field = `facts[${i}]`;
    if (!item || typeof item !== 'object' || Array.isArray(item)) throw new RuleViolation('unprocessable', rule, 'each fact is an object with its fact, finding and analysis', field);
    const { fact, finding, analysis } = item as Partial<Record<keyof InvestigatedFact, unknown>>;
    requireText(fact as string | undefined, rule, `${field}.fact`);
    if (!FACT_FINDINGS.includes(finding as InvestigatedFact['finding'])) throw new RuleViolation('unprocessable', rule, `the finding on each fact is one of ${FACT_FINDINGS.join(', ')}`, `${field}.finding`);
    requireText(analysis as string | undefined, rule, `${field}.analysis`);
    return { fact: fact as string, finding: finding as InvestigatedFact['finding'], analysis: analysis as string };
  });
}

/**
 * VS-8.4(b): while the decision-maker is appointed, the administrator furnishes it its independent and impartial
 * analysis of the validity of each essential fact presented in the submissions; the analysis is itself a submission.
 * Sent to the decision-maker (a notice to the 'panelist'). Furnished once; under rules without it, refused (409).
 */
export function furnishInvestigativeAnalysis(command: FurnishInvestigativeAnalysis, state: CaseState): CaseEvent[] {
  const { open, rules, proceedings } = requireProceedings(state, command.caseId);
  const analysis = rules.investigativeAnalysis;
  if (!analysis) throw new RuleViolation('conflict', 'INVESTIGATIVE-ANALYSIS-NOT-PROVIDED', `under ${open.rulebook.id} the administrator furnishes no investigative analysis`);
  if (proceedings.investigativeAnalysis) throw new RuleViolation('conflict', analysis.rule, `the investigative analysis was already furnished at ${proceedings.investigativeAnalysis.furnishedAt}`);
  const facts = investigatedFacts(command.facts, analysis.rule);
  return [
    { type: 'InvestigativeAnalysisFurnished', data: { caseId: open.caseId, rule: analysis.rule, facts, procedureSubmission: true, furnishedAt: command.issuedAt } },
    notice(open, analysis.notice.kind, analysis.rule, 'panelist', command.issuedAt),
  ];
}
