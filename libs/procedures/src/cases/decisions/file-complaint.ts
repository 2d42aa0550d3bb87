import { RuleViolation } from '@pdr/event-sourcing';
import { requireRulebook } from '../../rulebooks/require-rulebook';
import { assertReceivedNotInFuture } from '../../shared/instants';
import type { FileComplaint } from '../case.commands';
import type { ComplaintFiled } from '../case.events';
import type { CaseState } from '../case.state';
import { resolveFramework } from './framework';

export function fileComplaint(command: FileComplaint, state: CaseState): ComplaintFiled[] {
  if (state.status !== 'none') throw new RuleViolation('conflict', 'CASE-EXISTS', `case ${command.caseId} is already filed`, 'caseId');
  const rulebook = requireRulebook(command.rulebookId);
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
