import { RuleViolation } from '@pdr/event-sourcing';
import type { RecordNoticeDelivery } from '../case.commands';
import type { CaseEvent } from '../case.events';
import { rulebookOf } from '../case-guards';
import type { CaseState, OpenCase } from '../case.state';
import { decisionDocumentAwaitedBy, recordDecisionDelivery } from '../decision/issue-decision';
import { exchangeDocumentAwaitedBy, recordReceipt } from '../exchange/exchange-receipt';
import { proceedingsDocumentAwaitedBy, recordProceedingsDelivery } from '../panelist-proceedings/decisions/information';
import { decideReferral, referralNoticeAwaitedBy } from '../referral/referral.decider';

/**
 * BBB-8.7: a notice reached its recipient. Recorded on a closed case too, since the notice of closing is
 * delivered after it. Under a rulebook where sending is receiving (VS-3.3) there is nothing to record.
 * A notice that carried a document whose receipt is still awaited (a document of the written hearing, the Decision,
 * the amended Decision or the Notice of Intent, the Panelist's request, forwarded answer or default notice, the
 * referral notice) is that document's delivery: it is recorded as the document's part records it (the next period
 * starts), the notice with it, once.
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
  const receipt = receiptOfDocumentSentBy(command, state);
  if (receipt) return receipt;
  return [
    {
      type: 'NoticeDelivered',
      data: { caseId: command.caseId, noticeId: command.noticeId, kind: sent.kind, recipient: sent.recipient, rule: transmittal.rule, deliveredAt: command.deliveredAt },
    },
  ];
}

/** Whether the notice carried a document whose receipt a part still awaits (its period after receipt not yet running). */
export function documentReceiptAwaited(open: OpenCase, noticeId: string): boolean {
  return Boolean(exchangeDocumentAwaitedBy(open, rulebookOf(open), noticeId) ?? decisionDocumentAwaitedBy(open, noticeId) ?? proceedingsDocumentAwaitedBy(open, noticeId)) || referralNoticeAwaitedBy(open, noticeId);
}

/** The receipt of the document the notice sent, recorded by the document's own decision, if that receipt is still awaited. */
export function receiptOfDocumentSentBy(command: Omit<RecordNoticeDelivery, 'kind'>, open: OpenCase): CaseEvent[] | undefined {
  const { caseId, noticeId, deliveredAt, calendar, issuedAt } = command;
  const exchange = exchangeDocumentAwaitedBy(open, rulebookOf(open), noticeId);
  if (exchange) return recordReceipt(open, exchange.rules, { document: exchange.document.id, deliveredAt, calendar, issuedAt });
  const decision = decisionDocumentAwaitedBy(open, noticeId);
  if (decision) return recordDecisionDelivery({ kind: 'RecordDecisionDelivery', caseId, document: decision, deliveredAt, calendar, issuedAt }, open);
  const proceedings = proceedingsDocumentAwaitedBy(open, noticeId);
  if (proceedings) return recordProceedingsDelivery({ kind: 'RecordProceedingsDelivery', caseId, ...proceedings, deliveredAt, calendar, issuedAt }, open);
  if (referralNoticeAwaitedBy(open, noticeId)) return decideReferral({ kind: 'RecordReferralNoticeDelivery', caseId, deliveredAt, calendar, issuedAt }, open);
  return undefined;
}
