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
import type { Programme } from '../../rulebooks/programme-rules';
import { defaultProgrammeOf, requireProgramme } from '../../programmes/programme-registry';
import { withProgramme } from '../../programmes/programme-rulebook';
import { standingFramework } from '../../programmes/standing-framework';

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
  const { outcomeKinds, facts, harm, consentToShare, documentation, perjuryDeclaration, complainantAge, dataSubjectAge, filingHistory, ownHumanResourcesData } = command;
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
    ...(ownHumanResourcesData === undefined ? {} : { ownHumanResourcesData }),
  };
}

/** The programme named (its rulebook must be the complaint's), or the rulebook's own (issue 12). */
function programmeOf(command: FileComplaint): Programme | undefined {
  if (command.programmeId === undefined) return defaultProgrammeOf(command.rulebookId);
  const programme = requireProgramme(command.programmeId);
  if (programme.rulebookId !== command.rulebookId) {
    throw new RuleViolation('unprocessable', 'PROGRAMME-RULEBOOK', `complaints under ${programme.name} follow ${programme.rulebookId}, not ${command.rulebookId}`, 'programmeId');
  }
  return programme;
}

/**
 * Filed under the rulebook's current version: every complaint's fields, then the elements the rulebook requires
 * (VS-3.1, refused naming the field and the rule), then the findings the complaint and the registry answer at once.
 */
export function fileComplaint(command: FileComplaint, state: CaseState): CaseEvent[] {
  if (state.status !== 'none') throw new RuleViolation('conflict', 'CASE-EXISTS', `case ${command.caseId} is already filed`, 'caseId');
  // Filed under the current version of the rulebook; the case keeps that version whatever is registered later.
  const programme = programmeOf(command);
  const rulebook = withProgramme(requireRulebook(command.rulebookId), programme);
  assertComplete(command);
  const framework = resolveFramework(rulebook, command.framework);
  const standing = programme ? standingFramework(programme, framework, command.complainant.country) : undefined;
  assertElements(rulebook, command);
  assertReceivedNotInFuture(command.receivedAt, command.issuedAt);
  const filed: ComplaintFiled[] = [
    {
      type: 'ComplaintFiled',
      data: {
        caseId: command.caseId,
        rulebook: { id: rulebook.id, version: rulebook.version },
        ...(programme ? { programme: { id: programme.id, ...(standing ? { standingFramework: standing } : {}) } } : {}),
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
  return [...filed, ...filingFindings(rulebook, command, standing ?? framework)];
}
