import type { BusinessCalendar } from '@pdr/calendar';
import type { CaseEvent, NoticeDelivered, NoticeSent } from '../case.events';
import { rulebookOf } from '../case-guards';
import type { CaseState, OpenCase } from '../case.state';
import { documentReceiptAwaited, receiptOfDocumentSentBy } from '../decisions/record-notice-delivery';

type Evolve = (state: CaseState, event: CaseEvent) => CaseState;

/**
 * The notice reached its recipient the moment it was sent (VS-3.3: email or fax is delivered on transmission). A notice
 * that carried a document whose receipt a part awaits is that document's receipt too: the part records it, and the
 * period after receipt starts now, counted in the case's calendar.
 */
function receivedOnSending(open: OpenCase, sent: NoticeSent, calendar: BusinessCalendar | undefined): CaseEvent[] {
  const { noticeId, kind, recipient, sentAt } = sent.data;
  const delivered: NoticeDelivered = { type: 'NoticeDelivered', data: { caseId: open.caseId, noticeId, kind, recipient, rule: rulebookOf(open).transmittal.rule, deliveredAt: sentAt } };
  if (!documentReceiptAwaited(open, noticeId)) return [delivered];
  if (!calendar) throw new Error(`${open.rulebook.id} delivers on transmission: the ${kind} notice starts a period, which needs the case's calendar (caseDeciderWith)`);
  return [...(receiptOfDocumentSentBy({ caseId: open.caseId, noticeId, deliveredAt: sentAt, calendar, issuedAt: sentAt }, open) ?? []), delivered];
}

/**
 * The receipt part: under a rulebook whose receipt is on transmission, every notice a decision sends is delivered at
 * once, each after its NoticeSent, so one NoticeSent / NoticeDelivered pair exists for every notice and document under
 * every rulebook. Under a rulebook that records receipt (BBB-8.7) the decision is returned as it is.
 */
export function deliverOnTransmission(state: CaseState, decided: readonly CaseEvent[], calendar: BusinessCalendar | undefined, evolve: Evolve): readonly CaseEvent[] {
  if (!decided.some((event) => event.type === 'NoticeSent')) return decided;
  const delivered: CaseEvent[] = [];
  let current = state;
  const append = (event: CaseEvent) => {
    delivered.push(event);
    current = evolve(current, event);
  };
  for (const event of decided) {
    append(event);
    if (event.type !== 'NoticeSent' || current.status === 'none' || rulebookOf(current).transmittal.receipt !== 'on-transmission') continue;
    receivedOnSending(current, event, calendar).forEach(append);
  }
  return delivered;
}
