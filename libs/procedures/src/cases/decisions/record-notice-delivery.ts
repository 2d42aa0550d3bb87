import { RuleViolation } from '@pdr/event-sourcing';
import type { RecordNoticeDelivery } from '../case.commands';
import type { CaseEvent } from '../case.events';
import { rulebookOf } from '../case-guards';
import type { CaseState } from '../case.state';
import { documentOfNotice, periodAfterReceipt, recordHearingDelivery } from '../hearing/decisions/record-delivery';

/**
 * BBB-8.7: a notice reached its recipient. Recorded on a closed case too, since the notice of closing is
 * delivered after it. Under a rulebook where sending is receiving (VS-3.3) there is nothing to record.
 * A notice that carried a document of the written hearing whose receipt is still awaited is that document's
 * delivery: it is recorded as the hearing records it (the next period starts), the notice with it, once.
 */
export function recordNoticeDelivery(command: RecordNoticeDelivery, state: CaseState): CaseEvent[] {
  if (state.status === 'none') throw new RuleViolation('not-found', 'CASE-UNKNOWN', `no case ${command.caseId}`, 'caseId');
  const { transmittal } = rulebookOf(state);
  if (transmittal.receipt === 'on-transmission') throw new RuleViolation('conflict', transmittal.rule, `under ${state.rulebook.id} a notice is delivered on transmission`, 'noticeId');
  const sent = state.notices[command.noticeId];
  if (!sent) throw new RuleViolation('not-found', 'NOTICE-UNKNOWN', `no notice ${command.noticeId} on case ${command.caseId}`, 'noticeId');
  if (sent.deliveredAt) throw new RuleViolation('conflict', transmittal.rule, `notice ${command.noticeId} was already delivered at ${sent.deliveredAt}`, 'noticeId');
  if (Date.parse(command.deliveredAt) > Date.parse(command.issuedAt)) {
    throw new RuleViolation('unprocessable', 'RECEIPT-IN-FUTURE', `deliveredAt ${command.deliveredAt} is later than now (${command.issuedAt})`, 'deliveredAt');
  }
  if (Date.parse(command.deliveredAt) < Date.parse(sent.sentAt)) {
    throw new RuleViolation('unprocessable', transmittal.rule, `deliveredAt ${command.deliveredAt} is before the notice was sent (${sent.sentAt})`, 'deliveredAt');
  }
  const hearing = rulebookOf(state).hearing;
  const document = state.status === 'open' && hearing ? documentOfNotice(state, hearing, command.noticeId) : undefined;
  if (hearing && document && !state.hearing?.documents[document]?.deliveredAt && state.stage === periodAfterReceipt(hearing, document).stage) {
    return recordHearingDelivery({ kind: 'RecordHearingDelivery', caseId: command.caseId, document, deliveredAt: command.deliveredAt, calendar: command.calendar, issuedAt: command.issuedAt }, state);
  }
  return [
    {
      type: 'NoticeDelivered',
      data: { caseId: command.caseId, noticeId: command.noticeId, kind: sent.kind, recipient: sent.recipient, rule: transmittal.rule, deliveredAt: command.deliveredAt },
    },
  ];
}
