import type { DocumentRules } from '../../rulebooks/document-rules';
import { languageAssistanceOf } from '../../rulebooks/language-assistance';
import type { Rulebook } from '../../rulebooks/rulebook';
import type { OpenCase } from '../case.state';
import { submissionReceivedAt } from '../exchange/exchange.state';
import type { NextAction, NextActionsOf } from '../next-actions/next-action';
import type { DocumentParty } from './documents.events';
import { initialDocuments } from './documents.state';

const PARTIES: readonly DocumentParty[] = ['complainant', 'respondent'];

/** Whether the case holds this submission (the Position, Rebuttal, reply or response), as the decider's guard reads it. */
function submitted(open: OpenCase, documentId: string): boolean {
  return submissionReceivedAt(open.exchange, documentId) !== undefined;
}

/** BBB-8.5, BBB-8.6: the Party that filed a submission may mark material in it as Proprietary Information. */
function designationActions(open: OpenCase, rules: DocumentRules): NextAction[] {
  return Object.entries(rules.submissions)
    .filter(([documentId]) => submitted(open, documentId))
    .map(([documentId, filer]): NextAction => ({
      command: 'DesignateProprietaryInformation',
      by: filer,
      rule: rules.proprietaryRule,
      description: `The ${filer} marks material in its ${documentId} as Proprietary Information, with a non-confidential summary`,
      awaited: false,
      about: { documentId },
    }));
}

/** BBB-8.5, BBB-8.6: a pending designation is considered by no one until the CBBB rules on it, one way or the other. */
function rulingActions(open: OpenCase, rules: DocumentRules): NextAction[] {
  const { designations } = open.documents ?? initialDocuments;
  return Object.entries(designations)
    .filter(([, designation]) => designation.status === 'pending')
    .flatMap(([designationId, designation]): NextAction[] => [
      { command: 'AcceptProprietaryDesignation', by: 'administrator', rule: rules.proprietaryRule, description: `Accept the material designated in the ${designation.documentId} as Proprietary Information`, awaited: true, about: { designationId } },
      { command: 'ReturnProprietaryDesignation', by: 'administrator', rule: rules.proprietaryRule, description: `Return the material designated in the ${designation.documentId}: not proprietary`, awaited: true, about: { designationId, ground: 'not-proprietary' } },
      { command: 'ReturnProprietaryDesignation', by: 'administrator', rule: rules.summaryRule, description: `Return the material designated in the ${designation.documentId}: its summary is not acceptable`, awaited: true, about: { designationId, ground: 'summary-unacceptable' } },
    ]);
}

/** BBB-8.9: translation or interpretation furnished to a Party as needed; VS-11.1: translation for the Complainant. */
function languageActions(rulebook: Rulebook): NextAction[] {
  const rules = languageAssistanceOf(rulebook);
  if (!rules) return [];
  return PARTIES.filter((party) => rules.parties.includes(party)).map((party): NextAction => ({ command: 'RecordLanguageAssistance', by: 'administrator', rule: rules.rule, description: `Record ${rules.kinds.join(' or ')} furnished to the ${party}`, awaited: false, about: { party } }));
}

/** BBB-8.3: once the case is closed the CBBB destroys the file (but what is retained) and returns Proprietary Information. */
function disposalActions(open: OpenCase, rules: DocumentRules): NextAction[] {
  if (open.documents?.disposedAt) return [];
  return [{ command: 'DisposeCaseFile', by: 'administrator', rule: rules.disposalRule, description: 'Dispose of the closed case file and return any Proprietary Information to its submitter', awaited: true }];
}

/** Documents on a case (BBB-8.3, 8.5, 8.6, 8.9): everything needs an open case, except disposal, which needs a closed one. */
export const documentsNextActions: NextActionsOf = (state, rulebook) => {
  const rules = rulebook.documents;
  if (state.status === 'closed') return rules ? disposalActions(state, rules) : [];
  return [...(rules ? [...rulingActions(state, rules), ...designationActions(state, rules)] : []), ...languageActions(rulebook)];
};
