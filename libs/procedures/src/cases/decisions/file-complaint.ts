import { RuleViolation } from '@pdr/event-sourcing';
import { requireRulebook } from '../../rulebooks/require-rulebook';
import { CHANNELS } from '../../shared/channels';
import { assertReceivedNotInFuture } from '../../shared/instants';
import { requireOneOf, requireRecord, requireText, requireTextList } from '../../shared/required-fields';
import type { FileComplaint } from '../case.commands';
import type { CaseEvent, ComplaintFiled } from '../case.events';
import type { CaseState } from '../case.state';
import { resolveFramework } from './framework';
import { assertElements } from './complaint-elements';
import { filingFindings } from './filing-findings';

const FILING_AS = ['data-subject', 'parent-or-guardian'] as const;

/** Everything ComplaintFiled carries, whoever built the command (FIELD-REQUIRED). */
function assertComplete(command: FileComplaint): void {
  requireOneOf(command.channel, CHANNELS, 'channel');
  const complainant = requireRecord(command.complainant, 'complainant');
  requireText(complainant.name, 'complainant.name');
  requireText(complainant.email, 'complainant.email');
  requireText(complainant.country, 'complainant.country');
  requireOneOf(complainant.filingAs, FILING_AS, 'complainant.filingAs');
  requireText(requireRecord(command.respondent, 'respondent').name, 'respondent.name');
  requireText(command.allegation, 'allegation');
  requireTextList(command.outcomesSought, 'outcomesSought');
}

/** The optional elements as filed: only those the complaint carries (stored events gain optional fields only). */
function elementsOf(command: FileComplaint): Partial<ComplaintFiled['data']> {
  const { outcomeKinds, facts, harm, consentToShare, documentation, perjuryDeclaration, complainantAge, dataSubjectAge, filingHistory } = command;
  return {
    ...(outcomeKinds === undefined ? {} : { outcomeKinds }),
    ...(facts === undefined ? {} : { facts }),
    ...(harm === undefined ? {} : { harm }),
    ...(consentToShare === undefined ? {} : { consentToShare }),
    ...(documentation === undefined ? {} : { documentation }),
    ...(perjuryDeclaration === undefined ? {} : { perjuryDeclaration }),
    ...(complainantAge === undefined ? {} : { complainantAge }),
    ...(dataSubjectAge === undefined ? {} : { dataSubjectAge }),
    ...(filingHistory === undefined ? {} : { filingHistory }),
  };
}

/**
 * Filed under the rulebook's current version: every complaint's fields, then the elements the rulebook requires
 * (VS-3.1, refused naming the field and the rule), then the findings the complaint and the registry answer at once.
 */
export function fileComplaint(command: FileComplaint, state: CaseState): CaseEvent[] {
  if (state.status !== 'none') throw new RuleViolation('conflict', 'CASE-EXISTS', `case ${command.caseId} is already filed`, 'caseId');
  // Filed under the current version of the rulebook; the case keeps that version whatever is registered later.
  const rulebook = requireRulebook(command.rulebookId);
  assertComplete(command);
  const framework = resolveFramework(rulebook, command.framework);
  assertElements(rulebook, command);
  assertReceivedNotInFuture(command.receivedAt, command.issuedAt);
  const filed: ComplaintFiled[] = [
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
        ...elementsOf(command),
      },
    },
  ];
  return [...filed, ...filingFindings(rulebook, command, framework)];
}
