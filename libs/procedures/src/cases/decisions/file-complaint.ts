import { RuleViolation } from '@pdr/event-sourcing';
import { requireRulebook } from '../../rulebooks/require-rulebook';
import { CHANNELS } from '../../shared/channels';
import { assertReceivedNotInFuture } from '../../shared/instants';
import { requireOneOf, requireRecord, requireText, requireTextList } from '../../shared/required-fields';
import type { FileComplaint } from '../case.commands';
import type { ComplaintFiled } from '../case.events';
import type { CaseState } from '../case.state';
import { resolveFramework } from './framework';

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

export function fileComplaint(command: FileComplaint, state: CaseState): ComplaintFiled[] {
  if (state.status !== 'none') throw new RuleViolation('conflict', 'CASE-EXISTS', `case ${command.caseId} is already filed`, 'caseId');
  // Filed under the current version of the rulebook; the case keeps that version whatever is registered later.
  const rulebook = requireRulebook(command.rulebookId);
  assertComplete(command);
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
