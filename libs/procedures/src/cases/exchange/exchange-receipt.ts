import type { BusinessCalendar } from '@pdr/calendar';
import { RuleViolation } from '@pdr/event-sourcing';
import type { ExchangeRules } from '../../rulebooks/exchange-rules';
import type { CaseEvent } from '../case.events';
import type { OpenCase } from '../case.state';
import { deliveryOfNoticeThatSent, noticeThatSent, type SendingNotice } from '../effects/document-notice';
import { setDeadline } from '../effects/periods';
import { documentDelivered } from './exchange-facts';
import type { Rulebook } from '../../rulebooks/rulebook';
import { exchangesOf, type ReceiptDocument, receiptDocuments } from './exchange-slots';

/** The document of this id whose receipt starts a period, refused (422, document) when the exchange has none. */
export function receiptDocument(rules: ExchangeRules, id: string): ReceiptDocument {
  const document = receiptDocuments(rules).find((candidate) => candidate.id === id);
  if (!document) {
    throw new RuleViolation('unprocessable', rules.lateRule, `unknown document "${id}": one of ${receiptDocuments(rules).map((candidate) => candidate.id).join(', ')}`, 'document');
  }
  return document;
}

/** The document travelled as the latest notice of its kind to its recipient (rulebook data). */
const sendingNotice = (document: ReceiptDocument): SendingNotice => ({ kind: document.notice.kind, recipient: document.recipient });

/** The exchange and document a notice sent whose receipt a case's exchange still awaits, in any exchange of its rulebook. */
export function exchangeDocumentAwaitedBy(open: OpenCase, rulebook: Rulebook, noticeId: string): { rules: ExchangeRules; document: ReceiptDocument } | undefined {
  if (open.status !== 'open') return undefined;
  for (const rules of exchangesOf(rulebook)) {
    const document = documentAwaitedBy(open, rules, noticeId);
    if (document) return { rules, document };
  }
  return undefined;
}

/** The document a notice sent whose receipt the exchange still awaits (its period not yet running): recording the notice's delivery records it. */
export function documentAwaitedBy(open: OpenCase, rules: ExchangeRules, noticeId: string): ReceiptDocument | undefined {
  return receiptDocuments(rules).find((document) => {
    const sent = open.exchange?.documents[document.id];
    return sent && !sent.deliveredAt && open.stage === document.stage && noticeThatSent(open, sendingNotice(document)) === noticeId;
  });
}

/**
 * The forwarded document (or default notice) reached its recipient (BBB-8.7: by courier, days after sending). The
 * next period runs "after receipt" (BBB-4.4 to 4.4.3), so it is set from the recorded delivery time. The document
 * travelled as a notice: that notice is delivered with it, once, and not before it was sent.
 */
export function recordReceipt(open: OpenCase, rules: ExchangeRules, delivery: { document: string; deliveredAt: string; calendar: BusinessCalendar; issuedAt: string }): CaseEvent[] {
  const document = receiptDocument(rules, delivery.document);
  const { period, recipient, stage } = document;
  const sent = open.exchange?.documents[document.id];
  if (!sent) throw new RuleViolation('conflict', period.rule, `no ${document.id} has been sent on this case`, 'document');
  if (sent.deliveredAt) throw new RuleViolation('conflict', period.rule, `the ${document.id} was already delivered at ${sent.deliveredAt}`, 'document');
  if (open.stage !== stage) throw new RuleViolation('conflict', period.rule, `the case has moved on to ${open.stage}: the period after receipt of the ${document.id} no longer applies`, 'document');
  if (Date.parse(delivery.deliveredAt) > Date.parse(delivery.issuedAt)) {
    throw new RuleViolation('unprocessable', 'RECEIPT-IN-FUTURE', `deliveredAt ${delivery.deliveredAt} is later than now (${delivery.issuedAt})`, 'deliveredAt');
  }
  const noticeDelivered = deliveryOfNoticeThatSent(open, sendingNotice(document), delivery.deliveredAt);
  if (Date.parse(delivery.deliveredAt) < Date.parse(sent.receivedAt)) {
    throw new RuleViolation('unprocessable', period.rule, `deliveredAt ${delivery.deliveredAt} is before the ${document.id} existed (${sent.receivedAt})`, 'deliveredAt');
  }
  const delivered = documentDelivered(rules, { caseId: open.caseId, document: document.id, recipient, rule: period.rule, deliveredAt: delivery.deliveredAt });
  return [
    delivered,
    setDeadline(open, delivery.calendar, period, { event: delivered.type, at: delivery.deliveredAt }),
    ...noticeDelivered,
  ];
}
