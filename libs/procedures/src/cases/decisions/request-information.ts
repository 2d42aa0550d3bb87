import { CASE_STAGES } from '../case-stages';
import { RuleViolation } from '@pdr/event-sourcing';
import { computeDue } from '../../deadlines/compute-due';
import type { DeadlineSet } from '../../deadlines/deadline.events';
import { nextDeadlineId } from '../../deadlines/deadline.state';
import type { RequestInformation } from '../case.commands';
import type { InformationRequested } from '../case.events';
import { requireOpenCase, rulebookOf } from '../case-guards';
import type { CaseState } from '../case.state';

/** BBB-2.4b / VS-5.4: ask the Complainant for more, and start the period within which it must arrive. */
export function requestInformation(command: RequestInformation, state: CaseState): (InformationRequested | DeadlineSet)[] {
  const open = requireOpenCase(state, command.caseId);
  const { deadline } = rulebookOf(open).informationRequest;
  if (open.stage !== CASE_STAGES.eligibilityReview) {
    const why = open.stage === CASE_STAGES.awaitingInformation ? 'a request for information is already awaiting an answer' : `the case is in ${open.stage}`;
    throw new RuleViolation('conflict', deadline.rule, `information is requested during eligibility review: ${why}`);
  }
  if (command.calendar.id !== rulebookOf(open).calendarId) throw new Error(`${open.rulebook.id} counts in calendar ${rulebookOf(open).calendarId}, not ${command.calendar.id}`);
  const requestId = nextDeadlineId(open.deadlines, deadline.kind);
  const due = computeDue(command.calendar, command.issuedAt, deadline);
  return [
    {
      type: 'InformationRequested',
      data: { caseId: command.caseId, requestId, rule: deadline.rule, requested: command.requested, recipient: 'complainant', channel: command.channel, sentAt: command.issuedAt },
    },
    {
      type: 'DeadlineSet',
      data: {
        caseId: command.caseId,
        deadlineId: requestId,
        kind: deadline.kind,
        rule: deadline.rule,
        basis: { event: 'InformationRequested', at: command.issuedAt },
        calendarId: command.calendar.id,
        count: deadline.count,
        unit: deadline.unit,
        ...due,
      },
    },
  ];
}
