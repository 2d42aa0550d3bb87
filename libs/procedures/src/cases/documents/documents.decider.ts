import { RuleViolation } from '@pdr/event-sourcing';
import type { DocumentRules } from '../../rulebooks/document-rules';
import { languageAssistanceOf } from '../../rulebooks/language-assistance';
import type { CaseEvent } from '../case.events';
import { requireOpenCase, rulebookOf } from '../case-guards';
import type { CaseState, OpenCase } from '../case.state';
import { requireText } from '../effects/periods';
import { submissionReceivedAt } from '../exchange/exchange.state';
import type { DocumentsCommand } from './documents.commands';
import type { CaseFileDisposed, ProprietaryInformationReturned } from './documents.events';
import { initialDocuments } from './documents.state';

function rulesOf(open: OpenCase): DocumentRules {
  const rules = rulebookOf(open).documents;
  if (!rules) throw new RuleViolation('conflict', 'DOCUMENTS-NOT-PROVIDED', `${open.rulebook.id} has no documents rules`);
  return rules;
}

function requireDocuments(state: CaseState, caseId: string): { open: OpenCase; rules: DocumentRules } {
  const open = requireOpenCase(state, caseId);
  return { open, rules: rulesOf(open) };
}

function requirePending(open: OpenCase, designationId: string, rule: string): void {
  const designation = (open.documents ?? initialDocuments).designations[designationId];
  if (!designation) throw new RuleViolation('not-found', rule, `no proprietary designation ${designationId} on case ${open.caseId}`, 'designationId');
  if (designation.status !== 'pending') throw new RuleViolation('conflict', rule, `designation ${designationId} was already ${designation.status}`);
}

/** The documents on a case: Proprietary Information (BBB-8.5, 8.6), disposal (BBB-8.3), language assistance (BBB-8.9). */
export function decideDocuments(command: DocumentsCommand, state: CaseState): CaseEvent[] {
  switch (command.kind) {
    case 'DesignateProprietaryInformation': {
      const { open, rules } = requireDocuments(state, command.caseId);
      const filer = rules.submissions[command.documentId];
      if (!filer) throw new RuleViolation('unprocessable', rules.proprietaryRule, `${command.documentId} is not a submission that can carry Proprietary Information`, 'documentId');
      if (filer !== command.party) throw new RuleViolation('unprocessable', rules.proprietaryRule, `only the ${filer} can designate material in its ${command.documentId}`, 'party');
      if (submissionReceivedAt(open.exchange, command.documentId) === undefined) throw new RuleViolation('conflict', rules.proprietaryRule, `no ${command.documentId} has been submitted on case ${open.caseId}`, 'documentId');
      if (command.affirmation !== true) throw new RuleViolation('unprocessable', rules.proprietaryRule, 'the submitting Party must affirm the material is not public', 'affirmation');
      const designations = (open.documents ?? initialDocuments).designations;
      return [
        {
          type: 'ProprietaryInformationDesignated',
          data: {
            caseId: open.caseId,
            rule: rules.proprietaryRule,
            designationId: `proprietary-${Object.keys(designations).length + 1}`,
            documentId: command.documentId,
            party: command.party,
            description: requireText(command.description, rules.proprietaryRule, 'description'),
            content: requireText(command.content, rules.proprietaryRule, 'content'),
            affirmation: true,
            summary: requireText(command.summary, rules.summaryRule, 'summary'),
            designatedAt: command.issuedAt,
          },
        },
      ];
    }
    case 'AcceptProprietaryDesignation': {
      const { open, rules } = requireDocuments(state, command.caseId);
      requirePending(open, command.designationId, rules.proprietaryRule);
      return [{ type: 'ProprietaryDesignationAccepted', data: { caseId: open.caseId, rule: rules.proprietaryRule, designationId: command.designationId, acceptedAt: command.issuedAt } }];
    }
    case 'ReturnProprietaryDesignation': {
      const { open, rules } = requireDocuments(state, command.caseId);
      const rule = command.ground === 'summary-unacceptable' ? rules.summaryRule : rules.proprietaryRule;
      if (command.ground !== 'summary-unacceptable' && command.ground !== 'not-proprietary') throw new RuleViolation('unprocessable', rule, `unknown ground ${String(command.ground)}`, 'ground');
      requirePending(open, command.designationId, rule);
      return [
        {
          type: 'ProprietaryDesignationReturned',
          data: { caseId: open.caseId, rule, designationId: command.designationId, ground: command.ground, reason: requireText(command.reason, rule, 'reason'), considered: false, returnedAt: command.issuedAt },
        },
      ];
    }
    case 'DisposeCaseFile': {
      if (state.status === 'none') throw new RuleViolation('not-found', 'CASE-UNKNOWN', `no case ${command.caseId}`, 'caseId');
      const rules = rulesOf(state);
      if (state.status !== 'closed') throw new RuleViolation('conflict', rules.disposalRule, `the file is disposed of only after the case closes (${rules.disposalRule})`);
      const documents = state.documents ?? initialDocuments;
      if (documents.disposedAt) throw new RuleViolation('conflict', rules.disposalRule, `the file of case ${state.caseId} was already disposed of`);
      const returned: ProprietaryInformationReturned[] = Object.entries(documents.designations)
        .filter(([, designation]) => designation.status !== 'returned')
        .map(([designationId, designation]) => ({ type: 'ProprietaryInformationReturned', data: { caseId: state.caseId, rule: rules.disposalRule, designationId, party: designation.party, returnedAt: command.issuedAt } }));
      const disposed: CaseFileDisposed = { type: 'CaseFileDisposed', data: { caseId: state.caseId, rule: rules.disposalRule, retained: [...rules.retained], disposedAt: command.issuedAt } };
      return [...returned, disposed];
    }
    case 'RecordLanguageAssistance': {
      // BBB-8.9 (the documents part's language rule) or VS-11.1 (the rulebook's own section): which Parties, which kinds.
      const open = requireOpenCase(state, command.caseId);
      const rules = languageAssistanceOf(rulebookOf(open));
      if (!rules) throw new RuleViolation('conflict', 'DOCUMENTS-NOT-PROVIDED', `${open.rulebook.id} provides no language assistance`);
      if (!rules.parties.includes(command.party)) throw new RuleViolation('unprocessable', rules.rule, `party must be ${rules.parties.join(' or ')}`, 'party');
      if (!rules.kinds.includes(command.assistance)) throw new RuleViolation('unprocessable', rules.rule, `kind must be ${rules.kinds.join(' or ')}`, 'kind');
      const language = requireText(command.language, rules.rule, 'language');
      return [
        {
          type: 'LanguageAssistanceRecorded',
          data: { caseId: open.caseId, rule: rules.rule, party: command.party, language, kind: command.assistance, proceedingsLanguage: rules.language, recordedAt: command.issuedAt },
        },
      ];
    }
  }
}
